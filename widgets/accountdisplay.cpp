#include "accountdisplay.h"

#include <accountrecords.h>
#include <catalog.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

namespace izdesk {

QColor AccountDisplay::agreementColor(const QString &status)
{
    if (status == QLatin1String("current"))
        return {0x1b, 0x6e, 0x20};
    if (status == QLatin1String("expiring"))
        return {0x9a, 0x52, 0x00};
    if (status == QLatin1String("expired"))
        return {0xb3, 0x26, 0x1e};
    return {0x5f, 0x63, 0x68};
}

QString AccountDisplay::agreementText(const QString &status, int daysLeft)
{
    const QString label = Catalog::label(Catalog::agreementStatuses(), status);
    if (status == QLatin1String("expiring"))
        return tr("%1 (%2 left)").arg(label, daysText(daysLeft));
    if (status == QLatin1String("expired") && daysLeft < 0)
        return tr("%1 %2 ago").arg(label, daysText(-daysLeft));
    return label;
}

QString AccountDisplay::daysText(int days)
{
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

void AccountDisplay::setAgreementCell(QTreeWidgetItem *item, int column, const QString &status, int daysLeft)
{
    item->setText(column, agreementText(status, daysLeft));
    item->setForeground(column, agreementColor(status));
}

QString AccountDisplay::documentText(const AccountAgreement &agreement)
{
    if (!agreement.hasDocument())
        return tr("—");
    const qint64 size = agreement.documentSize;
    const QString type = agreement.documentType.section(QLatin1Char('/'), 1).toUpper(); // PDF, PNG, JPEG, TIFF
    return tr("%1 · %2").arg(
        type, QLocale().formattedDataSize(size, size < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat));
}

void AccountDisplay::setDocumentCell(QTreeWidgetItem *item, int column, const AccountAgreement &agreement)
{
    item->setText(column, documentText(agreement));
    item->setToolTip(column, agreement.hasDocument()
                                 ? tr("Signed document on file: %1 bytes, SHA-256 %2")
                                       .arg(QLocale().toString(agreement.documentSize), agreement.documentSha256)
                                 : tr("No signed document on file"));
}

QStringList AccountDisplay::agreementHeaders(bool withRetention)
{
    QStringList headers{tr("Agreement"),  tr("Version"), tr("Signer"),  tr("Signed on"),
                        tr("Expires on"), tr("Status"),  tr("Document")};
    if (withRetention)
        headers << tr("Keep until");
    return headers;
}

QTreeWidgetItem *AccountDisplay::addAgreementRow(QTreeWidget *list, const AccountAgreement &agreement)
{
    const AccountAgreement &a = agreement;
    auto *item = new QTreeWidgetItem(list);
    item->setData(KindColumn, Qt::UserRole, a.id);
    item->setText(KindColumn, Catalog::label(Catalog::agreementKinds(), a.kind));
    item->setText(VersionColumn, a.version);
    item->setText(SignerColumn, a.signerName);
    // Dates as data: shown in the locale's short format, sorted as dates.
    item->setData(SignedColumn, Qt::DisplayRole, a.signedOn);
    item->setData(ExpiresColumn, Qt::DisplayRole, a.expiresOn);
    setAgreementCell(item, StatusColumn, a.status, a.daysLeft);
    setDocumentCell(item, DocumentColumn, a);
    if (list->columnCount() > RetainColumn)
        item->setText(RetainColumn, dateText(a.retentionUntil));
    return item;
}

QString AccountDisplay::accountStatusText(const IisAccount &account)
{
    const QString label = Catalog::label(Catalog::iisUserStatuses(), account.status);
    if (account.status == QLatin1String("inactive") && !account.inactiveReason.isEmpty())
        return tr("%1 — %2").arg(label, account.inactiveReason);
    return label;
}

QString AccountDisplay::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("—");
}

QString AccountDisplay::timeText(const QDateTime &utc, const QString &never)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : never;
}

QTreeWidget *AccountDisplay::makeList(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                      const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setSortingEnabled(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    list->header()->setStretchLastSection(true);
    return list;
}

void AccountDisplay::name(QWidget *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(accessibleName);
}

void AccountDisplay::showStatus(QLabel *label, const QString &message, bool error)
{
    label->setText(message);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, agreementColor(QStringLiteral("expired")));
    label->setPalette(palette);
}

} // namespace izdesk
