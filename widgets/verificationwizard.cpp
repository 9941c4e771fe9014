#include "verificationwizard.h"

#include "verificationoutcome.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
