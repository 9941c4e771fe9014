#pragma once

#include <QPlainTextEdit>
#include <QStyledItemDelegate>

#include <functional>

namespace izdesk {

// The HL7 checker's message text: pasted text keeps its line breaks (CR, LF or CRLF each start
// a new line, so every segment shows on its own line); a file dropped on it goes to
// onFileDropped to be read (the widget reads nothing itself). GUI thread only.
class Hl7TextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void(const QString &path)> onFileDropped;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

// The findings table's severity column: the style's icon and a colour beside the word.
class Hl7SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace izdesk
