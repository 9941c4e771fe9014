// VerificationWizard: building its two pages and the factor rows of a caller type.
#include "verificationwizard.h"

#include "verificationoutcome.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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
        m_rows.append(buildRow(f, gridRow++));
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

// One factor: its label, its inputs, Check and the result, on grid row gridRow.
VerificationWizard::Row VerificationWizard::buildRow(const WizardFactor &f, int gridRow)
{
    Row row;
    row.factor = f;
    row.label = new QLabel(f.label, m_rowsHost);
    auto *inputs = new QWidget(m_rowsHost);
    addInputs(row, inputs);
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
    return row;
}

// The inputs of a factor by its kind: name (first, last), address (street, ZIP), a
// confirmation box, or one line for a date, a phone or text.
void VerificationWizard::addInputs(Row &row, QWidget *inputs)
{
    const WizardFactor &f = row.factor;
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
}

} // namespace izdesk
