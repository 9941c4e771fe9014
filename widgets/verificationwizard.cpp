#include "verificationwizard.h"

#include "verificationoutcome.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace izdesk {

namespace {

constexpr int OtherPatient = -1;

} // namespace

VerificationWizard::VerificationWizard(QWidget *parent)
    : QDialog(parent)
    , m_banner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("verificationWizard"));
    setWindowTitle(tr("Verify caller"));
    m_banner->setObjectName(QStringLiteral("verificationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Verification outcome"));
    m_banner->setMargin(8);
    m_pages->addWidget(buildTypePage());
    m_pages->addWidget(buildFactorPage());
    m_closeButton->setObjectName(QStringLiteral("verificationCloseButton"));
    m_closeButton->setAccessibleName(tr("Close the verification; what was typed is kept for this ticket"));
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &VerificationWizard::updateBanner);
    resize(640, 560);
    updateBanner();
}

QWidget *VerificationWizard::buildTypePage()
{
    auto *page = new QWidget(this);
    m_typeList = new QListWidget(page);
    m_typeList->setObjectName(QStringLiteral("callerTypeList"));
    m_typeList->setAccessibleName(tr("Who is calling"));
    auto *typeLabel = new QLabel(tr("&Who is calling?"), page);
    typeLabel->setBuddy(m_typeList);
    m_subjectLabel = new QLabel(tr("The call is about &patient record:"), page);
    m_subjectCombo = new QComboBox(page);
    m_subjectCombo->setObjectName(QStringLiteral("subjectCombo"));
    m_subjectCombo->setAccessibleName(tr("Patient record the call is about"));
    m_subjectLabel->setBuddy(m_subjectCombo);
    m_otherPatient = new QSpinBox(page);
    m_otherPatient->setObjectName(QStringLiteral("otherPatientSpin"));
    m_otherPatient->setAccessibleName(tr("Patient record number"));
    m_otherPatient->setRange(0, 999999999);
    m_otherPatient->setSpecialValueText(tr("record number"));
    m_startButton = new QPushButton(tr("&Start verification"), page);
    m_startButton->setObjectName(QStringLiteral("startVerificationButton"));
    m_startButton->setAccessibleName(tr("Start the verification"));
    m_startButton->setAutoDefault(false);
    auto *hint = new QLabel(tr("Enter only what the caller says. The server answers match or no match and "
                               "never shows what is on file."), page);
    hint->setWordWrap(true);

    connect(m_startButton, &QPushButton::clicked, this, &VerificationWizard::requestStart);
    connect(m_typeList, &QListWidget::currentRowChanged, this, &VerificationWizard::updateSubjectVisibility);
    connect(m_typeList, &QListWidget::activated, this, &VerificationWizard::requestStart);
    connect(m_subjectCombo, &QComboBox::currentIndexChanged, this, &VerificationWizard::updateSubjectVisibility);

    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectCombo, 1);
    subjectRow->addWidget(m_otherPatient);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(typeLabel);
    layout->addWidget(m_typeList, 1);
    layout->addWidget(m_subjectLabel);
    layout->addLayout(subjectRow);
    layout->addWidget(hint);
    layout->addWidget(m_startButton, 0, Qt::AlignRight);
    return page;
}

QWidget *VerificationWizard::buildFactorPage()
{
    auto *page = new QWidget(this);
    m_factorTitle = new QLabel(page);
    m_factorTitle->setObjectName(QStringLiteral("factorTitle"));
    QFont bold = m_factorTitle->font();
    bold.setBold(true);
    m_factorTitle->setFont(bold);
    m_rowsHost = new QWidget(page);
    m_rowsGrid = new QGridLayout(m_rowsHost);
    m_rowsGrid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_rowsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_referNote = new QLineEdit(page);
    m_referNote->setObjectName(QStringLiteral("referNoteEdit"));
    m_referNote->setAccessibleName(tr("Note for the supervisor"));
    m_referNote->setPlaceholderText(tr("Why a supervisor should handle this request"));
    m_referButton = new QPushButton(tr("Refer to &supervisor"), page);
    m_referButton->setObjectName(QStringLiteral("referButton"));
    m_referButton->setAccessibleName(tr("Refer this request to a supervisor"));
    m_historyButton = new QPushButton(tr("Show &history"), page);
    m_historyButton->setObjectName(QStringLiteral("showHistoryButton"));
    m_historyButton->setAccessibleName(tr("Show the immunization history to read to the caller"));
    m_releaseButton = new QPushButton(tr("&Release record…"), page);
    m_releaseButton->setObjectName(QStringLiteral("releaseRecordButton"));
    m_releaseButton->setAccessibleName(tr("Release the immunization record"));
    m_newAttemptButton = new QPushButton(tr("&New attempt"), page);
    m_newAttemptButton->setObjectName(QStringLiteral("newAttemptButton"));
    m_newAttemptButton->setAccessibleName(tr("Start a new verification attempt"));
    for (QPushButton *b : {m_referButton, m_historyButton, m_releaseButton, m_newAttemptButton})
        b->setAutoDefault(false);
    m_history = new QTableWidget(0, 2, page);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setAccessibleName(tr("Immunization history"));
    m_history->setHorizontalHeaderLabels({tr("Date given"), tr("Vaccine")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->hide();

    connect(m_referButton, &QPushButton::clicked, this, [this] {
        if (m_attempt.id)
            Q_EMIT referRequested(m_attempt.id, m_referNote->text().trimmed());
    });
    connect(m_historyButton, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_ticketId, m_patientId); });
    connect(m_releaseButton, &QPushButton::clicked, this, [this] {
        QStringList methods = m_attempt.releaseMethods;
        methods.removeAll(QStringLiteral("read"));
        Q_EMIT releaseRequested(m_ticketId, m_patientId, methods);
    });
    connect(m_newAttemptButton, &QPushButton::clicked, this, [this] {
        Q_EMIT newAttemptRequested(m_ticketId);
        m_attempt = {};
        m_lockedMessage.clear();
        m_pages->setCurrentIndex(0);
        updateBanner();
        m_typeList->setFocus();
    });

    auto *refer = new QHBoxLayout;
    refer->addWidget(m_referNote, 1);
    refer->addWidget(m_referButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_historyButton);
    actions->addWidget(m_releaseButton);
    actions->addStretch(1);
    actions->addWidget(m_newAttemptButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_factorTitle);
    layout->addWidget(scroll, 1);
    layout->addLayout(refer);
    layout->addLayout(actions);
    layout->addWidget(m_history, 1);
    return page;
}

void VerificationWizard::setCallerTypes(const QList<WizardCallerType> &types)
{
    m_types = types;
    m_typeList->clear();
    for (const WizardCallerType &t : types) {
        auto *item = new QListWidgetItem(t.label, m_typeList);
        item->setData(Qt::UserRole, t.id);
    }
    if (!types.isEmpty())
        m_typeList->setCurrentRow(0);
}

void VerificationWizard::startFor(qint64 ticketId, const QString &ticketNumber, const QList<WizardSubject> &subjects)
{
    m_ticketId = ticketId;
    m_patientId = 0;
    m_callerType.clear();
    m_attempt = {};
    m_lockedMessage.clear();
    setWindowTitle(tr("Verify caller — %1").arg(ticketNumber));
    m_subjectCombo->clear();
    for (const WizardSubject &s : subjects)
        m_subjectCombo->addItem(s.label, s.patientId);
    m_subjectCombo->addItem(tr("Another patient record…"), OtherPatient);
    m_otherPatient->setValue(0);
    m_history->hide();
    m_history->setRowCount(0);
    m_pages->setCurrentIndex(0);
    updateSubjectVisibility();
    updateBanner();
    m_typeList->setFocus();
}

std::optional<WizardCallerType> VerificationWizard::currentType() const
{
    const QListWidgetItem *item = m_typeList->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : m_callerType;
    for (const WizardCallerType &t : m_types) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

void VerificationWizard::updateSubjectVisibility()
{
    const auto type = currentType();
    const bool needsPatient = type && type->subject != QLatin1String("none");
    m_subjectLabel->setVisible(needsPatient);
    m_subjectCombo->setVisible(needsPatient);
    m_otherPatient->setVisible(needsPatient && m_subjectCombo->currentData().toLongLong() == OtherPatient);
}

void VerificationWizard::requestStart()
{
    const auto type = currentType();
    if (!type || !m_startButton->isEnabled())
        return;
    qint64 patient = 0;
    if (type->subject != QLatin1String("none")) {
        patient = m_subjectCombo->currentData().toLongLong();
        if (patient == OtherPatient)
            patient = m_otherPatient->value();
        if (patient <= 0 && type->subject == QLatin1String("patient")) {
            showError(tr("Choose the patient record the call is about."));
            m_subjectCombo->setFocus();
            return;
        }
    }
    m_callerType = type->id;
    m_patientId = qMax<qint64>(patient, 0);
    m_lockedMessage.clear();
    buildRows(*type);
    m_startButton->setEnabled(false);
    Q_EMIT startRequested(m_ticketId, type->id, m_patientId);
}

void VerificationWizard::buildRows(const WizardCallerType &type)
{
    // Every row widget sits in the grid (inputs inside their container): deleting the grid's
    // widgets deletes them all.
    m_rows.clear();
    while (QLayoutItem *item = m_rowsGrid->takeAt(0)) {
        delete item->widget();
        delete item->layout();
        delete item;
    }
    m_factorTitle->setText(type.label);
    int gridRow = 0;
    int lastGroup = -1;
    for (const WizardFactor &f : type.factors) {
        if (f.group != lastGroup) {
            auto *caption = new QLabel(VerificationOutcome::groupCaption(f.group), m_rowsHost);
            caption->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
            m_rowsGrid->addWidget(caption, gridRow++, 0, 1, 4);
            lastGroup = f.group;
        }
        Row row;
        row.factor = f;
        row.label = new QLabel(f.label, m_rowsHost);
        auto *inputs = new QWidget(m_rowsHost);
        auto *inputLayout = new QHBoxLayout(inputs);
        inputLayout->setContentsMargins(0, 0, 0, 0);
        auto addEdit = [&](const QString &part, const QString &placeholder, const QString &accessible) {
            auto *edit = new QLineEdit(inputs);
            edit->setObjectName(f.id + (part.isEmpty() ? QString() : QLatin1Char('_') + part) + QStringLiteral("Edit"));
            edit->setPlaceholderText(placeholder);
            edit->setAccessibleName(accessible);
            edit->setProperty("draftKey", part.isEmpty() ? f.id : f.id + QLatin1Char('.') + part);
            connect(edit, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
                Q_EMIT inputEdited(m_ticketId, edit->property("draftKey").toString(), text);
            });
            connect(edit, &QLineEdit::returnPressed, this, [this, id = f.id] { check(id); });
            inputLayout->addWidget(edit, 1);
            row.edits.append(edit);
        };
        if (f.input == QLatin1String("name")) {
            addEdit(QStringLiteral("first"), tr("First name"), tr("%1: first name as the caller says it").arg(f.label));
            addEdit(QStringLiteral("last"), tr("Last name"), tr("%1: last name as the caller says it").arg(f.label));
        } else if (f.input == QLatin1String("address")) {
            addEdit(QStringLiteral("street"), tr("Street"), tr("%1: street as the caller says it").arg(f.label));
            addEdit(QStringLiteral("zip"), tr("ZIP"), tr("%1: ZIP code").arg(f.label));
        } else if (f.input == QLatin1String("attest")) {
            row.attest = new QCheckBox(tr("Confirmed"), inputs);
            row.attest->setObjectName(f.id + QStringLiteral("Check"));
            row.attest->setAccessibleName(tr("%1: confirmed").arg(f.label));
            connect(row.attest, &QCheckBox::toggled, this, [this, id = f.id](bool on) {
                Q_EMIT inputEdited(m_ticketId, id, on ? QStringLiteral("1") : QStringLiteral("0"));
            });
            inputLayout->addWidget(row.attest, 1);
        } else if (f.input == QLatin1String("date")) {
            addEdit(QString(), tr("MM/DD/YYYY"), tr("%1 as the caller says it").arg(f.label));
        } else if (f.input == QLatin1String("phone")) {
            addEdit(QString(), tr("(555) 010-1234"), tr("%1 as the caller says it").arg(f.label));
        } else {
            addEdit(QString(), QString(), tr("%1 as the caller says it").arg(f.label));
        }
        if (!row.edits.isEmpty())
            row.label->setBuddy(row.edits.constFirst());
        else
            row.label->setBuddy(row.attest);
        row.check = new QPushButton(tr("Check"), m_rowsHost);
        row.check->setObjectName(f.id + QStringLiteral("CheckButton"));
        row.check->setAccessibleName(tr("Check %1").arg(f.label));
        row.check->setAutoDefault(false);
        connect(row.check, &QPushButton::clicked, this, [this, id = f.id] { check(id); });
        row.result = new QLabel(m_rowsHost);
        row.result->setObjectName(f.id + QStringLiteral("Result"));
        row.result->setAccessibleName(tr("%1 result").arg(f.label));
        row.result->setMinimumWidth(110);
        m_rowsGrid->addWidget(row.label, gridRow, 0);
        m_rowsGrid->addWidget(inputs, gridRow, 1);
        m_rowsGrid->addWidget(row.check, gridRow, 2);
        m_rowsGrid->addWidget(row.result, gridRow, 3);
        ++gridRow;
        m_rows.append(row);
    }
    m_rowsGrid->setRowStretch(gridRow, 1);
    // Nothing is decided yet: the buttons of a decided attempt go until the server answers.
    for (QPushButton *b : {m_historyButton, m_releaseButton, m_newAttemptButton})
        b->hide();
    m_history->hide();
    m_pages->setCurrentIndex(1);
    if (!m_rows.isEmpty()) {
        const Row &first = m_rows.constFirst();
        if (!first.edits.isEmpty())
            first.edits.constFirst()->setFocus();
        else if (first.attest)
            first.attest->setFocus();
    }
}

void VerificationWizard::restore(const QString &callerType, qint64 patientId, const QHash<QString, QString> &inputs,
                                 const WizardAttempt &attempt)
{
    m_callerType = callerType;
    m_patientId = patientId;
    for (int i = 0; i < m_typeList->count(); ++i) {
        if (m_typeList->item(i)->data(Qt::UserRole).toString() == callerType)
            m_typeList->setCurrentRow(i);
    }
    const auto type = currentType();
    if (!type)
        return;
    buildRows(*type);
    for (Row &row : m_rows) {
        for (QLineEdit *e : std::as_const(row.edits))
            e->setText(inputs.value(e->property("draftKey").toString()));
        if (row.attest)
            row.attest->setChecked(inputs.value(row.factor.id) == QLatin1String("1"));
    }
    showAttempt(attempt);
}

void VerificationWizard::showAttempt(const WizardAttempt &attempt)
{

    if (attempt.id == 0)
        return;
    m_attempt = attempt;
    m_startButton->setEnabled(true);
    const bool open = attempt.outcome == QLatin1String("in_progress");
    QWidget *firstOpen = nullptr;
    for (Row &row : m_rows) {
        const QString result = attempt.results.value(row.factor.id);
        const bool checkable = open && result.isEmpty() && attempt.remaining.contains(row.factor.id);
        for (QLineEdit *e : std::as_const(row.edits))
            e->setEnabled(checkable);
        if (row.attest)
            row.attest->setEnabled(checkable);
        row.check->setEnabled(checkable);
        if (checkable && !firstOpen)
            firstOpen = row.edits.isEmpty() ? static_cast<QWidget *>(row.attest) : row.edits.constFirst();
        // Never colour alone: the symbol and the words say it too.
        QString text;
        QString colour = QStringLiteral("#5f6368");
        if (result == QLatin1String("match")) {
            text = tr("✓ Match");
            colour = QStringLiteral("#0d652d");
        } else if (result == QLatin1String("attested")) {
            text = tr("✓ Confirmed");
            colour = QStringLiteral("#0d652d");
        } else if (result == QLatin1String("no_match")) {
            text = tr("✗ No match");
            colour = QStringLiteral("#a50e0e");
        } else if (result == QLatin1String("not_attested")) {
            text = tr("✗ Not confirmed");
            colour = QStringLiteral("#a50e0e");
        } else if (!checkable) {
            text = open ? tr("Not needed") : tr("Not checked");
        }
        row.result->setText(text);
        row.result->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
        if (row.factor.id == QLatin1String("facility_callback")) {
            row.label->setText(attempt.callbackPhone.isEmpty()
                                   ? row.factor.label
                                   : tr("%1: %2").arg(row.factor.label, attempt.callbackPhone));
        }
    }
    const bool verified = attempt.outcome == QLatin1String("verified");
    m_referButton->setEnabled(open);
    m_referNote->setEnabled(open);
    m_historyButton->setVisible(verified && attempt.releaseMethods.contains(QStringLiteral("read")) && m_patientId > 0);
    QStringList sendable = attempt.releaseMethods;
    sendable.removeAll(QStringLiteral("read"));
    m_releaseButton->setVisible(verified && !sendable.isEmpty() && m_patientId > 0);
    m_newAttemptButton->setVisible(!open);
    if (verified)
        m_tick.start();
    else
        m_tick.stop();
    updateBanner();
    const Row *focused = rowOf(focusWidget());
    const bool focusInOpenRow = focused && focused->check->isEnabled();
    if (firstOpen && !focusInOpenRow && focusWidget() != m_referNote)
        firstOpen->setFocus();
    else if (!open && verified && m_historyButton->isVisible())
        m_historyButton->setFocus();
    else if (!open)
        m_newAttemptButton->setFocus();
}

void VerificationWizard::showError(const QString &message)
{
    m_startButton->setEnabled(true);
    if (m_attempt.id)
        showAttempt(m_attempt); // re-enable the row whose check failed
    else if (m_pages->currentIndex() == 1)
        m_pages->setCurrentIndex(0);
    setBanner(QStringLiteral("error"), tr("⚠ %1").arg(message));
}

void VerificationWizard::showLocked(const QString &message)
{
    m_lockedMessage = message;
    m_startButton->setEnabled(true);
    if (!m_attempt.id)
        m_pages->setCurrentIndex(0);
    updateBanner();
}

void VerificationWizard::showHistory(const QList<QStringList> &rows)
{
    m_history->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 2 && c < rows[r].size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    m_history->show();
}

QString VerificationWizard::bannerText() const
{
    return m_banner->text();
}

void VerificationWizard::setBanner(const QString &kind, const QString &text)
{
    static const QHash<QString, QPair<QString, QString>> colours{
        {QStringLiteral("idle"), {QStringLiteral("#e8eaed"), QStringLiteral("#202124")}},
        {QStringLiteral("progress"), {QStringLiteral("#fef7e0"), QStringLiteral("#5f4100")}},
        {QStringLiteral("verified"), {QStringLiteral("#e6f4ea"), QStringLiteral("#0d652d")}},
        {QStringLiteral("failed"), {QStringLiteral("#fce8e6"), QStringLiteral("#a50e0e")}},
        {QStringLiteral("error"), {QStringLiteral("#fce8e6"), QStringLiteral("#a50e0e")}},
        {QStringLiteral("referred"), {QStringLiteral("#e8f0fe"), QStringLiteral("#174ea6")}}};
    const auto c = colours.value(kind, colours.value(QStringLiteral("idle")));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; font-weight: bold; }")
                                .arg(c.first, c.second));
    m_banner->setText(text);
    m_banner->setProperty("outcome", kind);
}

void VerificationWizard::updateBanner()
{
    if (!m_lockedMessage.isEmpty())
        return setBanner(QStringLiteral("failed"), tr("✗ Locked — %1").arg(m_lockedMessage));
    QHash<QString, QString> labels;
    for (const Row &row : std::as_const(m_rows))
        labels.insert(row.factor.id, row.factor.label);
    const VerificationOutcome outcome = VerificationOutcome::describe(m_attempt, labels, nowUtc());
    if (outcome.expired)
        m_tick.stop();
    setBanner(outcome.kind, outcome.text);
}

VerificationWizard::Row *VerificationWizard::rowOf(QWidget *widget)
{
    for (Row &row : m_rows) {
        for (QWidget *w = widget; w; w = w->parentWidget()) {
            if (row.edits.contains(w) || w == row.attest || w == row.check)
                return &row;
        }
    }
    return nullptr;
}

std::optional<QJsonValue> VerificationWizard::valueOf(Row &row)
{
    auto text = [&row](int i) { return row.edits.value(i) ? row.edits.value(i)->text().trimmed() : QString(); };
    auto refuse = [&row](const QString &message, QWidget *focus) -> std::optional<QJsonValue> {
        row.result->setText(message);
        row.result->setStyleSheet(QStringLiteral("QLabel { color: #a50e0e; }"));
        if (focus)
            focus->setFocus();
        return std::nullopt;
    };
    const QString input = row.factor.input;
    if (input == QLatin1String("attest"))
        return QJsonValue(row.attest->isChecked());
    if (input == QLatin1String("name")) {
        if (text(0).isEmpty() || text(1).isEmpty())
            return refuse(tr("Enter first and last name"), text(0).isEmpty() ? row.edits.value(0) : row.edits.value(1));
        return QJsonValue(QJsonObject{{QStringLiteral("first"), text(0)}, {QStringLiteral("last"), text(1)}});
    }
    if (input == QLatin1String("address")) {
        if (text(0).isEmpty())
            return refuse(tr("Enter the street"), row.edits.value(0));
        return QJsonValue(QJsonObject{{QStringLiteral("street"), text(0)}, {QStringLiteral("zip"), text(1)}});
    }
    if (text(0).isEmpty())
        return refuse(tr("Enter what the caller says"), row.edits.value(0));
    if (input == QLatin1String("date")) {
        // Callers say dates the US way; the API takes ISO dates.
        QDate date;
        for (const QString &format : {QStringLiteral("MM/dd/yyyy"), QStringLiteral("M/d/yyyy"),
                                      QStringLiteral("yyyy-MM-dd"), QStringLiteral("MMddyyyy"), QStringLiteral("MM-dd-yyyy")}) {
            date = QDate::fromString(text(0), format);
            if (date.isValid())
                break;
        }
        if (!date.isValid())
            return refuse(tr("Enter the date as MM/DD/YYYY"), row.edits.value(0));
        return QJsonValue(date.toString(Qt::ISODate));
    }
    return QJsonValue(text(0));
}

void VerificationWizard::check(const QString &factor)
{
    for (Row &row : m_rows) {
        if (row.factor.id != factor || !row.check->isEnabled() || m_attempt.id == 0)
            continue;
        const auto value = valueOf(row);
        if (!value)
            return;
        row.check->setEnabled(false);
        row.result->setText(tr("Checking…"));
        row.result->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
        Q_EMIT factorCheckRequested(m_attempt.id, factor, *value);
        return;
    }
}

void VerificationWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Enter never closes the wizard: on page 1 it starts, on a factor row it checks.
        if (m_pages->currentIndex() == 0) {
            if (m_startButton->isEnabled())
                requestStart();
        } else if (Row *row = rowOf(focusWidget())) {
            check(row->factor.id);
        } else if (focusWidget() == m_referNote && m_referButton->isEnabled()) {
            m_referButton->click();
        }
        // Buttons take Space: Enter is never a click on whatever happens to have the focus.
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace izdesk
