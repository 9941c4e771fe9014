#pragma once

#include <QList>
#include <QString>

namespace izdesk {

// One coded value users see: a stable key (stored, sent over the API) and an untranslated
// label (translated at display time with Catalog::label). Labels are QT_TRANSLATE_NOOP'd so
// lupdate finds them.
struct CodeEntry
{
    QString key;
    const char *label = nullptr;
};

// The single place for the names of things users see: ticket categories, channels, statuses,
// priorities, staff roles and the IIS account vocabularies, so no code spells them as literals.
// Pure data; safe from any thread.
class Catalog
{
public:
    static const QList<CodeEntry> &ticketCategories();
    static const QList<CodeEntry> &ticketChannels();
    static const QList<CodeEntry> &ticketStatuses();
    static const QList<CodeEntry> &ticketPriorities();
    static const QList<CodeEntry> &staffRoles();
    // IIS accounts (contracts-accounts.md): the people and sites the desk provisions.
    static const QList<CodeEntry> &organizationTypes();
    static const QList<CodeEntry> &iisUserRoles();
    static const QList<CodeEntry> &iisUserStatuses();
    static const QList<CodeEntry> &agreementKinds();
    static const QList<CodeEntry> &agreementStatuses();

    static bool contains(const QList<CodeEntry> &codes, const QString &key);
    // Translated label for a key; the key itself when it is not in the list.
    static QString label(const QList<CodeEntry> &codes, const QString &key);
    static QStringList keys(const QList<CodeEntry> &codes);

    static QString defaultStatus() { return QStringLiteral("new"); }
    static QString defaultPriority() { return QStringLiteral("normal"); }
    static QString defaultChannel() { return QStringLiteral("phone"); }
    // Statuses in which a ticket counts as open work (not resolved or closed).
    static bool isActiveStatus(const QString &status);
};

} // namespace izdesk
