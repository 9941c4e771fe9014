#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace izdesk::matching {

// Given-name ↔ nickname pairs (JONATHAN ~ JON, ELIZABETH ~ BETH). Symmetric. builtIn() is the
// product's own list plus the published table (resources/names/nicknames.csv); mergeCsv() adds
// pairs in that "name1,relationship,name2" format, read by the caller (a jurisdiction's own
// list). Build on one thread, then read-only: const methods are safe from any thread.
class NicknameTable
{
public:
    static const NicknameTable &builtIn();

    // Adds pairs from CSV text; false + *error naming the line on a malformed row.
    bool mergeCsv(const QByteArray &csv, QString *error);
    void addPair(const QString &a, const QString &b);

    bool areNicknames(const QString &a, const QString &b) const; // standardized names
    // The name and every name linked to it, standardized.
    QStringList variants(const QString &name) const;
    qsizetype size() const { return m_links.size(); }

private:
    QHash<QString, QSet<QString>> m_links;
};

// The built-in pairs: "FORMAL:NICK NICK …" lines (nicknamedata.cpp).
const char *const *builtInNicknameLines();

} // namespace izdesk::matching
