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

struct AccountAgreement;
struct IisAccount;

// How the accounts views show shared things: agreement and account states (text plus a
// colour, never colour alone), dates in the user's locale, the lists they all use and the
// status line. Display only; GUI thread only.
class AccountDisplay
{
    Q_DECLARE_TR_FUNCTIONS(AccountDisplay)

public:
    // Columns of the agreements lists of the IIS user and organization windows (only the
    // user's shows how long the record is kept).
    enum AgreementColumn {
        KindColumn,
        VersionColumn,
        SignerColumn,
        SignedColumn,
        ExpiresColumn,
        StatusColumn,
        DocumentColumn,
        RetainColumn
    };

    // Green current, amber expiring, red expired, grey ended / none.
    static QColor agreementColor(const QString &status);
    // "Expiring (12 days left)", "Expired 3 days ago", "Current".
    static QString agreementText(const QString &status, int daysLeft);
    // "1 day", "12 days".
    static QString daysText(int days);
    static void setAgreementCell(QTreeWidgetItem *item, int column, const QString &status, int daysLeft);
    // The signed document on file: "PDF · 240 KB", or "—" when none is stored.
    static QString documentText(const AccountAgreement &agreement);
    // The same in a list cell, with the exact size and the SHA-256 in its tooltip.
    static void setDocumentCell(QTreeWidgetItem *item, int column, const AccountAgreement &agreement);
    // Headers of the agreements lists, up to Document, or Keep until with withRetention.
    static QStringList agreementHeaders(bool withRetention);
    // One agreement as a row of such a list, its id in column 0, Qt::UserRole.
    static QTreeWidgetItem *addAgreementRow(QTreeWidget *list, const AccountAgreement &agreement);
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
