#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace izdesk {

struct IisAccount;

// How the accounts views show shared things: agreement and account states (text plus a
// colour, never colour alone), dates in the user's locale, the lists they all use and the
// status line. Display only; GUI thread only.
class AccountDisplay
{
    Q_DECLARE_TR_FUNCTIONS(AccountDisplay)

public:
    // Green current, amber expiring, red expired, grey ended / none.
    static QColor agreementColor(const QString &status);
    // "Expiring (12 days left)", "Expired 3 days ago", "Current".
    static QString agreementText(const QString &status, int daysLeft);
    // "1 day", "12 days".
    static QString daysText(int days);
    static void setAgreementCell(QTreeWidgetItem *item, int column, const QString &status, int daysLeft);
    // "Inactive — agreement expired" / "Active".
    static QString accountStatusText(const IisAccount &account);
    static QString dateText(const QDate &date);
    static QString timeText(const QDateTime &utc, const QString &never);
    // A sortable, multi-column list with an accessible name.
    static QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                 const QStringList &headers);
    // Object name (tests, style), accessible name and tooltip of a control in one step.
    static void name(QWidget *widget, const char *objectName, const QString &accessibleName);
    // The status line: a message, in red when it is an error.
    static void showStatus(QLabel *label, const QString &message, bool error);
};

} // namespace izdesk
