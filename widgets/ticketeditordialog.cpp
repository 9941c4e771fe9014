#include "ticketeditordialog.h"

#include "catalog.h"
#include "ticketconflictpanel.h"
#include "ticketrules.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace izdesk {

namespace {

const QString kSubject = QStringLiteral("subject");
const QString kCategory = QStringLiteral("category");
const QString kChannel = QStringLiteral("channel");
const QString kPriority = QStringLiteral("priority");
const QString kStatus = QStringLiteral("status");
const QString kRequesterName = QStringLiteral("requester_name");
const QString kRequesterContact = QStringLiteral("requester_contact");
const QString kAssignee = QStringLiteral("assignee");
const QString kDescription = QStringLiteral("description");
const QString kOrganization = QStringLiteral("organization_id");
const QString kFacility = QStringLiteral("facility_id");

// Picker item data: "<organization id>:<facility id or 0>"; empty = no organization.
QString placeKey(qint64 organizationId, qint64 facilityId)
{
    return QStringLiteral("%1:%2").arg(organizationId).arg(facilityId);
}

void fillCodes(QComboBox *combo, const QList<CodeEntry> &codes)
{
    for (const CodeEntry &e : codes)
        combo->addItem(Catalog::label(codes, e.key), e.key);
}

void selectData(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

TicketEditorDialog::TicketEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_subjectEdit(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_channelCombo(new QComboBox(this))
    , m_priorityCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_requesterNameEdit(new QLineEdit(this))
    , m_requesterContactEdit(new QLineEdit(this))
    , m_assigneeCombo(new QComboBox(this))
    , m_placeCombo(new QComboBox(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_formError(new QLabel(this))
    , m_savingLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_fields(new QWidget(this))
    , m_conflictPanel(new TicketConflictPanel(this))
{
    setObjectName(QStringLiteral("ticketEditorDialog"));
    setMinimumWidth(560);

    nameWidgets();
    setUpFields();
    buildForm();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_savingLabel, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictPanel);
    layout->addWidget(m_formError);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &TicketEditorDialog::save);
    connect(m_saveButton, &QPushButton::clicked, this, &TicketEditorDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &TicketEditorDialog::reject);
    connect(m_conflictPanel, &TicketConflictPanel::reloadTheirsRequested, this, &TicketEditorDialog::reloadTheirs);
    connect(m_conflictPanel, &TicketConflictPanel::keepEditingRequested, this, &TicketEditorDialog::keepEditing);
    startCreate();
}

void TicketEditorDialog::nameWidgets()
{
    const QList<std::tuple<QWidget *, QString, QString>> named{
        {m_subjectEdit, QStringLiteral("subjectEdit"), tr("Subject")},
        {m_categoryCombo, QStringLiteral("categoryCombo"), tr("Category")},
        {m_channelCombo, QStringLiteral("channelCombo"), tr("Channel")},
        {m_priorityCombo, QStringLiteral("priorityCombo"), tr("Priority")},
        {m_statusCombo, QStringLiteral("statusCombo"), tr("Status")},
        {m_requesterNameEdit, QStringLiteral("requesterNameEdit"), tr("Requester name")},
        {m_requesterContactEdit, QStringLiteral("requesterContactEdit"), tr("Requester contact")},
        {m_assigneeCombo, QStringLiteral("assigneeCombo"), tr("Assignee")},
        {m_placeCombo, QStringLiteral("placeCombo"), tr("Organization or facility")},
        {m_descriptionEdit, QStringLiteral("descriptionEdit"), tr("Description")},
        {m_saveButton, QStringLiteral("saveButton"), tr("Save")},
        {m_cancelButton, QStringLiteral("cancelButton"), tr("Cancel")},
        {m_formError, QStringLiteral("formError"), tr("Error")},
        {m_savingLabel, QStringLiteral("savingLabel"), tr("Save status")}};
    for (const auto &[widget, name, accessible] : named) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessible);
    }
}

void TicketEditorDialog::setUpFields()
{
    m_subjectEdit->setMaxLength(TicketRules::kMaxSubject + 50); // let the rule, not the box, explain
    m_subjectEdit->setPlaceholderText(tr("What the caller needs, in a few words"));
    m_requesterContactEdit->setPlaceholderText(tr("Phone number or e-mail address"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMinimumHeight(110);
    fillCodes(m_channelCombo, Catalog::ticketChannels());
    fillCodes(m_priorityCombo, Catalog::ticketPriorities());
    fillCodes(m_statusCombo, Catalog::ticketStatuses());
    setStaff({});
    // Type any part of an organization or facility name, or a facility code; the list narrows.
    m_placeCombo->setEditable(true);
    m_placeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_placeCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_placeCombo->completer()->setFilterMode(Qt::MatchContains);
    m_placeCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_placeCombo->lineEdit()->setPlaceholderText(tr("Type a name or facility code"));
    setPlaces({});
    // Text that names no entry falls back to the chosen entry, so what is shown is what is sent.
    connect(m_placeCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int exact = m_placeCombo->findText(m_placeCombo->currentText(), Qt::MatchFixedString);
        if (exact >= 0)
            m_placeCombo->setCurrentIndex(exact);
        else
            m_placeCombo->setEditText(m_placeCombo->itemText(m_placeCombo->currentIndex()));
    });
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_formError->setVisible(false);
    m_savingLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_saveButton->setDefault(true);
    m_cancelButton->setAutoDefault(false);
    m_conflictPanel->setVisible(false);
}

// One labelled row per field, each with the line that shows its error.
void TicketEditorDialog::buildForm()
{
    for (QComboBox *combo : {m_categoryCombo, m_channelCombo, m_priorityCombo, m_statusCombo, m_assigneeCombo, m_placeCombo})
        combo->setMinimumWidth(260);
    auto *form = new QFormLayout(m_fields);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, const QString &key) {
        auto *buddy = new QLabel(label, m_fields);
        buddy->setBuddy(field);
        m_fieldNames.insert(key, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(buddy, fieldRow(field, key));
    };
    addRow(tr("S&ubject:"), m_subjectEdit, kSubject);
    addRow(tr("Ca&tegory:"), m_categoryCombo, kCategory);
    addRow(tr("C&hannel:"), m_channelCombo, kChannel);
    addRow(tr("&Priority:"), m_priorityCombo, kPriority);
    addRow(tr("St&atus:"), m_statusCombo, kStatus);
    addRow(tr("&Requester name:"), m_requesterNameEdit, kRequesterName);
    addRow(tr("Requester c&ontact:"), m_requesterContactEdit, kRequesterContact);
    addRow(tr("Organization / &facility:"), m_placeCombo, kOrganization);
    m_errorLabels.insert(kFacility, m_errorLabels.value(kOrganization)); // one row shows both
    m_fieldWidgets.insert(kFacility, m_placeCombo);
    addRow(tr("Assi&gnee:"), m_assigneeCombo, kAssignee);
    addRow(tr("&Description:"), m_descriptionEdit, kDescription);
}

QWidget *TicketEditorDialog::fieldRow(QWidget *field, const QString &key)
{
    auto *box = new QWidget(m_fields);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    field->setParent(box);
    v->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setAccessibleName(tr("Error"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    error->setVisible(false);
    v->addWidget(error);
    m_errorLabels.insert(key, error);
    m_fieldWidgets.insert(key, field);
    return box;
}

void TicketEditorDialog::setStaff(const QList<StaffChoice> &staff)
{
    const QString previous = m_assigneeCombo->currentData().toString();
    m_assigneeCombo->clear();
    m_assigneeCombo->addItem(tr("Unassigned"), QString());
    for (const StaffChoice &s : staff)
        m_assigneeCombo->addItem(s.displayName.isEmpty() ? s.username : tr("%1 (%2)").arg(s.displayName, s.username),
                                 s.username);
    selectData(m_assigneeCombo, previous);
}

void TicketEditorDialog::setPlaces(const QList<PlaceChoice> &places)
{
    const QString previous = m_placeCombo->currentData().toString();
    const QString previousText = m_placeCombo->currentText();
    m_placeCombo->clear();
    m_placeCombo->addItem(tr("No organization"), QString());
    for (const PlaceChoice &p : places) {
        const QString text = p.facilityId == 0
            ? p.organizationName
            : (p.facilityCode.isEmpty() ? tr("%1 — %2").arg(p.organizationName, p.facilityName)
                                        : tr("%1 — %2 (%3)").arg(p.organizationName, p.facilityName, p.facilityCode));
        m_placeCombo->addItem(text, placeKey(p.organizationId, p.facilityId));
    }
    const int index = m_placeCombo->findData(previous);
    if (index >= 0) {
        m_placeCombo->setCurrentIndex(index);
    } else if (!previous.isEmpty()) {
        // Directory not loaded (yet): keep the ticket's own choice so an edit does not drop it.
        m_placeCombo->addItem(previousText, previous);
        m_placeCombo->setCurrentIndex(m_placeCombo->count() - 1);
    } else {
        m_placeCombo->setCurrentIndex(0);
    }
}

void TicketEditorDialog::selectPlace(std::optional<qint64> organizationId, std::optional<qint64> facilityId,
                                     const QString &organizationName)
{
    if (!organizationId) {
        m_placeCombo->setCurrentIndex(0);
        return;
    }
    const QString key = placeKey(*organizationId, facilityId.value_or(0));
    int index = m_placeCombo->findData(key);
    if (index < 0) {
        m_placeCombo->addItem(organizationName.isEmpty() ? tr("Organization %1").arg(*organizationId) : organizationName,
                              key);
        index = m_placeCombo->count() - 1;
    }
    m_placeCombo->setCurrentIndex(index);
}

void TicketEditorDialog::startCreate()
{
    m_ticketId = 0;
    Ticket blank;
    blank.status = Catalog::defaultStatus();
    blank.priority = Catalog::defaultPriority();
    blank.channel = Catalog::defaultChannel();
    setWindowTitle(tr("New ticket"));
    m_categoryCombo->clear();
    m_categoryCombo->addItem(tr("Choose a category…"), QString());
    fillCodes(m_categoryCombo, Catalog::ticketCategories());
    m_form->setRowVisible(m_statusCombo->parentWidget(), false); // new tickets start as "New"
    loadTicket(blank);
    m_subjectEdit->setFocus();
}

void TicketEditorDialog::startEdit(const Ticket &ticket)
{
    m_ticketId = ticket.id;
    setWindowTitle(tr("Edit %1").arg(ticket.displayNumber()));
    m_categoryCombo->clear();
    fillCodes(m_categoryCombo, Catalog::ticketCategories());
    m_form->setRowVisible(m_statusCombo->parentWidget(), true);
    loadTicket(ticket);
    m_subjectEdit->setFocus();
}

void TicketEditorDialog::loadTicket(const Ticket &ticket)
{
    m_original = ticket;
    m_serverCurrent.reset();
    m_subjectEdit->setText(ticket.subject);
    selectData(m_categoryCombo, ticket.category);
    selectData(m_channelCombo, ticket.channel);
    selectData(m_priorityCombo, ticket.priority);
    selectData(m_statusCombo, ticket.status);
    m_requesterNameEdit->setText(ticket.requesterName);
    m_requesterContactEdit->setText(ticket.requesterContact);
    if (!ticket.assignee.isEmpty() && m_assigneeCombo->findData(ticket.assignee) < 0)
        m_assigneeCombo->addItem(ticket.assignee, ticket.assignee); // staff list not loaded yet
    selectData(m_assigneeCombo, ticket.assignee);
    selectPlace(ticket.organizationId, ticket.facilityId, ticket.organizationName);
    m_descriptionEdit->setPlainText(ticket.description);
    m_conflictPanel->setVisible(false);
    clearErrors();
    setSaving(false);
}

QJsonObject TicketEditorDialog::formValues() const
{
    QJsonObject o;
    o.insert(kSubject, m_subjectEdit->text().trimmed());
    if (!m_categoryCombo->currentData().toString().isEmpty())
        o.insert(kCategory, m_categoryCombo->currentData().toString());
    o.insert(kChannel, m_channelCombo->currentData().toString());
    o.insert(kPriority, m_priorityCombo->currentData().toString());
    if (!isCreating())
        o.insert(kStatus, m_statusCombo->currentData().toString());
    o.insert(kRequesterName, m_requesterNameEdit->text().trimmed());
    o.insert(kRequesterContact, m_requesterContactEdit->text().trimmed());
    const QString assignee = m_assigneeCombo->currentData().toString();
    o.insert(kAssignee, assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee));
    const QString place = m_placeCombo->currentData().toString();
    if (place.isEmpty()) {
        o.insert(kOrganization, QJsonValue());
        o.insert(kFacility, QJsonValue());
    } else {
        const qint64 organizationId = place.section(QLatin1Char(':'), 0, 0).toLongLong();
        const qint64 facilityId = place.section(QLatin1Char(':'), 1, 1).toLongLong();
        o.insert(kOrganization, organizationId);
        o.insert(kFacility, facilityId > 0 ? QJsonValue(facilityId) : QJsonValue());
    }
    o.insert(kDescription, m_descriptionEdit->toPlainText());
    return o;
}

QJsonObject TicketEditorDialog::pendingRequest() const
{
    const QJsonObject values = formValues();
    if (isCreating())
        return values;
    const QJsonObject before = m_original.toJson();
    QJsonObject patch;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    }
    return patch;
}

void TicketEditorDialog::save()
{
    if (m_saving)
        return;
    const QJsonObject request = pendingRequest();
    if (!isCreating() && request.isEmpty()) {
        accept(); // nothing changed: nothing to send
        return;
    }
    const QList<FieldError> errors = isCreating() ? TicketRules::validateCreate(request)
                                                  : TicketRules::validatePatch(request);
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return;
    }
    clearErrors();
    m_conflictPanel->setVisible(false);
    setSaving(true);
    Q_EMIT ticketSubmitted(m_ticketId, request);
}

void TicketEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    // The form is frozen (not cleared) while the server works, so what is shown is what is sent.
    m_fields->setEnabled(!saving);
    m_saveButton->setEnabled(!saving);
    m_savingLabel->setText(saving ? tr("Saving… the dialog closes when the server confirms.") : QString());
}

void TicketEditorDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->setVisible(false);
    }
    m_formError->clear();
    m_formError->setVisible(false);
}

void TicketEditorDialog::showFieldErrors(const QList<FieldError> &errors)
{
    clearErrors();
    QStringList general;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        QLabel *label = m_errorLabels.value(e.field);
        if (!label || (e.field == kStatus && isCreating())) {
            general << (e.field.isEmpty() ? e.message : tr("%1: %2").arg(e.field, e.message));
            continue;
        }
        const QString text = label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message;
        label->setText(text);
        label->setVisible(true);
        if (!first)
            first = m_fieldWidgets.value(e.field);
    }
    if (!general.isEmpty()) {
        m_formError->setText(general.join(QLatin1Char('\n')));
        m_formError->setVisible(true);
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void TicketEditorDialog::showSaveFailed(const QString &message, const QList<FieldError> &errors)
{
    setSaving(false);
    showFieldErrors(errors);
    if (!message.isEmpty()) {
        const QString extra = m_formError->text();
        m_formError->setText(extra.isEmpty() ? message : message + QLatin1Char('\n') + extra);
        m_formError->setVisible(true);
    }
}

void TicketEditorDialog::showConflict(const Ticket &current)
{
    setSaving(false);
    m_serverCurrent = current;
    const QJsonObject base = m_original.toJson();
    const QJsonObject theirs = current.toJson();
    const QJsonObject mine = formValues();
    QList<TicketConflictPanel::Difference> differences;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const bool theyChanged = theirs.value(it.key()) != base.value(it.key());
        const bool youChanged = it.value() != base.value(it.key());
        if (!theyChanged && !youChanged)
            continue;
        differences.append({m_fieldNames.value(it.key(), it.key()), TicketConflictPanel::valueText(it.key(), theirs.value(it.key())),
                            youChanged ? TicketConflictPanel::valueText(it.key(), it.value()) : tr("(not changed)"),
                            theyChanged && youChanged});
    }
    m_conflictPanel->setDifferences(differences);
    m_conflictPanel->setVisible(true);
}

void TicketEditorDialog::reloadTheirs()
{
    if (m_serverCurrent)
        loadTicket(*m_serverCurrent);
}

void TicketEditorDialog::keepEditing()
{
    // Rebase on the server's version so the next save patches over it with what you typed.
    if (m_serverCurrent)
        m_original = *m_serverCurrent;
    m_serverCurrent.reset();
    m_conflictPanel->setVisible(false);
    m_subjectEdit->setFocus();
}

void TicketEditorDialog::confirmSaved(const Ticket &saved)
{
    if (!m_saving)
        return;
    m_original = saved;
    setSaving(false);
    accept();
}

void TicketEditorDialog::confirmQueued()
{
    if (!m_saving)
        return;
    setSaving(false);
    accept();
}

void TicketEditorDialog::reject()
{
    if (m_saving)
        return; // closing now would hide the outcome of the save in flight
    const QJsonObject changes = pendingRequest();
    const bool dirty = isCreating() ? !m_subjectEdit->text().trimmed().isEmpty()
                                          || !m_descriptionEdit->toPlainText().isEmpty()
                                    : !changes.isEmpty();
    if (dirty && isVisible()) {
        const auto answer = QMessageBox::question(this, tr("Discard changes?"),
                                                  tr("Close the editor and discard what you typed?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace izdesk
