#include "hl7checkerview.h"

#include "hl7checklistbar.h"
#include "hl7textedit.h"

#include <hl7findingmodel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QString verdictWords(const QString &verdict)
{
    if (verdict == QLatin1String("AA"))
        return Hl7CheckerView::tr("accepted (AA)");
    if (verdict == QLatin1String("AE"))
        return Hl7CheckerView::tr("accepted with errors (AE)");
    if (verdict == QLatin1String("AR"))
        return Hl7CheckerView::tr("rejected (AR)");
    return verdict;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return Hl7CheckerView::tr("%n byte(s)", nullptr, int(bytes));
    return Hl7CheckerView::tr("%1 KB").arg(QString::number(double(bytes) / 1024, 'f', 1));
}

} // namespace

Hl7CheckerView::Hl7CheckerView(QWidget *parent)
    : QWidget(parent)
    , m_checklist(new Hl7ChecklistBar(this))
    , m_openButton(new QPushButton(tr("&Open file…"), this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_status(new QLabel(this))
    , m_context(new QLabel(this))
    , m_text(new Hl7TextEdit(this))
    , m_messages(new QComboBox(this))
    , m_findings(new QTableView(this))
    , m_model(new Hl7FindingModel(this))
    , m_detail(new QLabel(this))
    , m_ack(new QPlainTextEdit(this))
    , m_copyAck(new QPushButton(tr("Cop&y ACK"), this))
{
    setObjectName(QStringLiteral("hl7CheckerView"));
    setWindowTitle(tr("HL7 message checker"));
    m_chooseFile = [](QWidget *parentWidget) {
        return QFileDialog::getOpenFileName(parentWidget, tr("Open an HL7 file"), QString(),
                                            tr("HL7 messages (*.hl7 *.txt *.er7 *.dat);;All files (*)"));
    };

    m_openButton->setObjectName(QStringLiteral("openHl7FileButton"));
    m_openButton->setAccessibleName(tr("Open an HL7 file"));
    m_openButton->setToolTip(tr("Open a file of messages, a batch or an MLLP capture (Ctrl+O)"));
    m_checkButton->setObjectName(QStringLiteral("checkHl7Button"));
    m_checkButton->setAccessibleName(tr("Check the messages"));
    m_checkButton->setToolTip(tr("Send the text to the registry's checker (Ctrl+Enter); nothing is stored"));
    m_checkButton->setDefault(true);
    m_clearButton->setObjectName(QStringLiteral("clearHl7Button"));
    m_clearButton->setAccessibleName(tr("Clear the text and the results"));
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_context->setObjectName(QStringLiteral("checkContext"));
    m_context->hide();

    auto *openAction = new QAction(this);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(openAction, &QAction::triggered, this, &Hl7CheckerView::chooseFile);
    auto *checkAction = new QAction(this);
    checkAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(checkAction, &QAction::triggered, this, &Hl7CheckerView::check);
    addActions({openAction, checkAction});
    connect(m_openButton, &QPushButton::clicked, this, &Hl7CheckerView::chooseFile);
    connect(m_checkButton, &QPushButton::clicked, this, &Hl7CheckerView::check);
    connect(m_clearButton, &QPushButton::clicked, this, &Hl7CheckerView::clear);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("hl7Splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildTextPane());
    splitter->addWidget(buildResultsPane());
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_checklist);
    layout->addWidget(splitter, 1);

    setTabOrder(m_openButton, m_checkButton);
    setTabOrder(m_checkButton, m_clearButton);
    setTabOrder(m_clearButton, m_text);
    setTabOrder(m_text, m_messages);
    setTabOrder(m_messages, m_findings);
    setTabOrder(m_findings, m_ack);
    setTabOrder(m_ack, m_copyAck);
    clear();
    resize(1280, 800);
}

QWidget *Hl7CheckerView::buildTextPane()
{
    auto *text = static_cast<Hl7TextEdit *>(m_text);
    text->setObjectName(QStringLiteral("hl7Text"));
    text->setAccessibleName(tr("Message text"));
    text->setAccessibleDescription(tr("Paste HL7 messages here, one segment per line, or drop a file"));
    text->setPlaceholderText(tr("Paste HL7 v2 messages here (MSH|^~\\&|…), drop a file, or open one with Ctrl+O."));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setTabChangesFocus(true);
    text->onFileDropped = [this](const QString &path) { Q_EMIT openFileRequested(path); };
    connect(text, &QPlainTextEdit::textChanged, this, &Hl7CheckerView::onTextChanged);
    auto *textLabel = new QLabel(tr("Message &text"), this);
    textLabel->setBuddy(text);

    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(textLabel);
    textLayout->addWidget(m_context);
    textLayout->addWidget(text, 1);
    return textPane;
}

QWidget *Hl7CheckerView::buildResultsPane()
{
    auto *pane = new QWidget(this);
    m_messages->setObjectName(QStringLiteral("hl7MessageCombo"));
    m_messages->setAccessibleName(tr("Message of the batch to show"));
    auto *messageLabel = new QLabel(tr("&Message"), pane);
    messageLabel->setBuddy(m_messages);
    connect(m_messages, &QComboBox::currentIndexChanged, this, &Hl7CheckerView::selectMessage);

    m_findings->setObjectName(QStringLiteral("hl7FindingsTable"));
    m_findings->setAccessibleName(tr("Findings of the message"));
    m_findings->setModel(m_model);
    m_findings->setItemDelegate(new Hl7SeverityDelegate(m_findings));
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setWordWrap(false);
    m_findings->setCornerButtonEnabled(false);
    m_findings->setTabKeyNavigation(false);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_findings->verticalHeader()->setDefaultSectionSize(m_findings->fontMetrics().height() + 8);
    m_findings->setColumnWidth(Hl7FindingModel::SeverityColumn, 86);
    m_findings->setColumnWidth(Hl7FindingModel::CheckColumn, 176);
    m_findings->setColumnWidth(Hl7FindingModel::LocationColumn, 84);
    m_findings->setColumnWidth(Hl7FindingModel::ValueColumn, 116);
    m_findings->setColumnWidth(Hl7FindingModel::MessageColumn, 380);
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current); });
    auto *findingsLabel = new QLabel(tr("&Findings"), pane);
    findingsLabel->setBuddy(m_findings);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setMinimumHeight(4 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(4);

    m_ack->setObjectName(QStringLiteral("hl7AckText"));
    m_ack->setAccessibleName(tr("ACK for the message"));
    m_ack->setReadOnly(true);
    m_ack->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ack->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ack->setTabChangesFocus(true);
    m_ack->setMaximumHeight(120);
    auto *ackLabel = new QLabel(tr("AC&K the registry would send"), pane);
    ackLabel->setBuddy(m_ack);
    m_copyAck->setObjectName(QStringLiteral("copyAckButton"));
    m_copyAck->setAccessibleName(tr("Copy the ACK to the clipboard"));
    connect(m_copyAck, &QPushButton::clicked, this, &Hl7CheckerView::copyAck);

    auto *top = new QHBoxLayout;
    top->addWidget(messageLabel);
    top->addWidget(m_messages, 1);
    auto *ackRow = new QHBoxLayout;
    ackRow->addWidget(ackLabel, 1);
    ackRow->addWidget(m_copyAck);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_detail);
    layout->addLayout(ackRow);
    layout->addWidget(m_ack);
    return pane;
}

QString Hl7CheckerView::text() const
{
    return m_text->toPlainText();
}

QByteArray Hl7CheckerView::bytesToCheck() const
{
    return m_fileBytes.isEmpty() ? Hl7Text::toBytes(m_text->toPlainText()) : m_fileBytes;
}

int Hl7CheckerView::currentMessage() const
{
    return m_messages->currentIndex();
}

void Hl7CheckerView::setText(const QString &text)
{
    m_settingText = true;
    m_text->setPlainText(text);
    m_settingText = false;
    onTextChanged();
}

void Hl7CheckerView::setFile(const QString &fileName, const QByteArray &bytes)
{
    setText(Hl7Text::fromBytes(bytes).text());
    m_fileBytes = bytes;
    m_fileName = fileName;
    setStatus(tr("Opened “%1” (%2). Press Check (Ctrl+Enter).").arg(fileName, sizeText(bytes.size())));
    m_text->setFocus();
}

void Hl7CheckerView::onTextChanged()
{
    if (m_settingText)
        return;
    m_fileBytes.clear(); // edited: what is sent is the text now
    m_fileName.clear();
    if (m_resultCurrent) {
        m_resultCurrent = false;
        m_text->setExtraSelections({});
        setStatus(tr("The text changed after the check: press Check (Ctrl+Enter) to check it again."));
    }
}

void Hl7CheckerView::check()
{
    if (!m_online) {
        setStatus(tr("Offline: the checker needs the server. Try again when the connection is back."), true);
        return;
    }
    Q_EMIT checkRequested(bytesToCheck());
}

void Hl7CheckerView::chooseFile()
{
    if (const QString path = m_chooseFile ? m_chooseFile(this) : QString(); !path.isEmpty())
        Q_EMIT openFileRequested(path);
}

void Hl7CheckerView::showChecking(qint64 bytes)
{
    setStatus(tr("Checking %1…").arg(sizeText(bytes)));
}

void Hl7CheckerView::showError(const QString &message)
{
    setStatus(message, true);
}

void Hl7CheckerView::setOnline(bool online)
{
    m_online = online;
    m_checkButton->setEnabled(online);
    if (!online)
        setStatus(tr("Offline: messages cannot be checked until the server is reachable again."), true);
    else if (m_status->property("offline").toBool())
        setStatus(tr("Back online."));
    m_status->setProperty("offline", !online);
}

void Hl7CheckerView::setContext(const QString &context)
{
    m_context->setText(context);
    m_context->setVisible(!context.isEmpty());
}

void Hl7CheckerView::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setAccessibleName(tr("Status: %1").arg(text));
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }") : QString());
}

void Hl7CheckerView::showResult(const Hl7CheckResult &result, const QByteArray &sent)
{
    m_result = result;
    m_checkedText = Hl7Text::fromBytes(sent);
    if (m_text->toPlainText() != m_checkedText.text()) {
        const QByteArray file = m_fileBytes;
        setText(m_checkedText.text());
        m_fileBytes = file;
    }
    m_resultCurrent = true;
    m_checklist->setResult(result);
    const QSignalBlocker blocker(m_messages);
    m_messages->clear();
    const int n = int(result.messages.size());
    for (const Hl7CheckedMessage &m : result.messages) {
        QString label = tr("Message %1 of %2: %3").arg(m.index + 1).arg(n).arg(verdictWords(m.verdict));
        label += tr(", %n error(s)", nullptr, m.count(Hl7Severity::Error));
        label += tr(", %n warning(s)", nullptr, m.count(Hl7Severity::Warning));
        if (!m.controlId.isEmpty())
            label += tr(" (control id %1)").arg(m.controlId);
        m_messages->addItem(label);
    }
    m_messages->setEnabled(n > 1);
    setStatus(result.passed ? tr("Checked %n message(s): passed.", nullptr, n)
                            : tr("Checked %n message(s): failed.", nullptr, n));
    // The first message with an error, else the first.
    int first = 0;
    for (int i = 0; i < n; ++i) {
        if (result.messages.at(i).count(Hl7Severity::Error) > 0) {
            first = i;
            break;
        }
    }
    m_messages->setCurrentIndex(first);
    selectMessage(first);
}

void Hl7CheckerView::selectMessage(int index)
{
    if (!m_result || index < 0 || index >= m_result->messages.size()) {
        m_model->clear();
        m_ack->clear();
        return;
    }
    if (m_messages->currentIndex() != index) {
        m_messages->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    const Hl7CheckedMessage &m = m_result->messages.at(index);
    m_model->setFindings(m.findings);
    QString ack = QString::fromUtf8(m.ack);
    ack.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    m_ack->setPlainText(ack.trimmed());
    m_copyAck->setEnabled(!m.ack.isEmpty());
    m_text->setExtraSelections({});
    scrollToMessage(index);
    if (m_model->rowCount() > 0)
        m_findings->setCurrentIndex(m_model->index(0, 0));
}

void Hl7CheckerView::scrollToMessage(int index)
{
    if (!m_resultCurrent || !m_result)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(
        qMin(m_checkedText.position(m_result->messages.at(index).offset), m_text->document()->characterCount() - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void Hl7CheckerView::showFinding(const QModelIndex &index)
{
    if (!index.isValid() || !m_result) {
        m_detail->clear();
        return;
    }
    if (!m_resultCurrent) {
        showDetail(m_model->findingAt(index.row()));
        return;
    }
    const int message = m_messages->currentIndex();
    const Hl7Finding finding = m_model->findingAt(index.row());
    showDetail(finding);
    m_findings->scrollTo(index);
    const Hl7TextRange segment = m_result->segmentRange(m_checkedText, message, finding.segment);
    QList<QTextEdit::ExtraSelection> selections;
    if (!segment.isValid()) {
        m_text->setExtraSelections({}); // about the whole message
        scrollToMessage(message);
        return;
    }
    const int last = m_text->document()->characterCount() - 1;
    QTextEdit::ExtraSelection line;
    line.cursor = QTextCursor(m_text->document());
    line.cursor.setPosition(qMin(segment.start, last));
    line.cursor.setPosition(qMin(segment.start + segment.length, last), QTextCursor::KeepAnchor);
    line.format.setBackground(QColor(0xff, 0xf4, 0xc2));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    selections << line;
    const Hl7TextRange field = m_result->locationRange(m_checkedText, message, finding);
    const bool narrower = field.isValid() && field.length > 0 && field.length < segment.length;
    if (narrower) {
        QTextEdit::ExtraSelection part;
        part.cursor = QTextCursor(m_text->document());
        part.cursor.setPosition(qMin(field.start, last));
        part.cursor.setPosition(qMin(field.start + field.length, last), QTextCursor::KeepAnchor);
        part.format.setBackground(QColor(0xf5, 0xa6, 0x23));
        part.format.setFontWeight(QFont::Bold);
        selections << part;
    }
    m_text->setExtraSelections(selections);
    QTextCursor caret(m_text->document());
    caret.setPosition(qMin(narrower ? field.start : segment.start, last));
    m_text->setTextCursor(caret);
    m_text->centerCursor();
}

void Hl7CheckerView::showDetail(const Hl7Finding &finding)
{
    QString where = finding.location.isEmpty() ? tr("the whole message") : finding.location;
    QString head
        = tr("<b>%1</b> at <b>%2</b>").arg(Hl7CheckResult::severityName(finding.severity), where.toHtmlEscaped());
    if (!finding.item.isEmpty())
        head
            += tr(" · checklist item %1, %2").arg(finding.item, Hl7CheckResult::itemName(finding.item).toHtmlEscaped());
    head += QStringLiteral(" · <tt>%1</tt>").arg(finding.check.toHtmlEscaped());
    QString text = head + QStringLiteral("<br>") + finding.message.toHtmlEscaped();
    if (!finding.value.isEmpty())
        text += QLatin1Char(' ') + tr("(sent: <tt>%1</tt>)").arg(finding.value.toHtmlEscaped());
    if (!finding.action.isEmpty())
        text += QStringLiteral("<br>") + tr("<b>What to do:</b> %1").arg(finding.action.toHtmlEscaped());
    m_detail->setText(text);
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    m_detail->setAccessibleName(tr("Selected finding: %1").arg(plain));
}

void Hl7CheckerView::copyAck()
{
    if (m_ack->toPlainText().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_ack->toPlainText());
    setStatus(tr("The ACK is on the clipboard."));
}

void Hl7CheckerView::clear()
{
    setText({});
    m_fileBytes.clear();
    m_fileName.clear();
    m_result.reset();
    m_resultCurrent = false;
    m_checkedText = {};
    m_checklist->clear();
    m_messages->clear();
    m_messages->setEnabled(false);
    m_model->clear();
    m_detail->clear();
    m_ack->clear();
    m_copyAck->setEnabled(false);
    setStatus(m_online ? tr("Ready.") : tr("Offline: messages cannot be checked until the server is reachable again."),
              !m_online);
}

} // namespace izdesk
