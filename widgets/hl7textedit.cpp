#include "hl7textedit.h"

#include <hl7findingmodel.h>

#include <QApplication>
#include <QMimeData>
#include <QStyle>
#include <QUrl>

namespace izdesk {

namespace {
QString localFile(const QMimeData *source)
{
    if (!source->hasUrls() || source->urls().size() != 1 || !source->urls().first().isLocalFile())
        return {};
    return source->urls().first().toLocalFile();
}
} // namespace

bool Hl7TextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFile(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void Hl7TextEdit::insertFromMimeData(const QMimeData *source)
{
    if (const QString path = localFile(source); !path.isEmpty()) {
        if (onFileDropped)
            onFileDropped(path);
        return;
    }
    QString text = source->text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    textCursor().insertText(text);
}

void Hl7SeverityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != Hl7FindingModel::SeverityColumn)
        return;
    const auto severity = Hl7Severity(index.data(Hl7FindingModel::SeverityRole).toInt());
    QStyle *style = QApplication::style();
    option->features |= QStyleOptionViewItem::HasDecoration;
    switch (severity) {
    case Hl7Severity::Error:
        option->icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        option->palette.setColor(QPalette::Text, QColor(0xb7, 0x1c, 0x1c));
        break;
    case Hl7Severity::Warning:
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x52, 0x00));
        break;
    default: option->icon = style->standardIcon(QStyle::SP_MessageBoxInformation); break;
    }
    option->decorationSize = QSize(16, 16);
}

} // namespace izdesk
