#include "bulkeditdialog.h"

#include "catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace izdesk {

BulkEditDialog::BulkEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Change several tickets"));
    const QList<std::tuple<QString, QString, QList<CodeEntry>>> fields{
        {QStringLiteral("assignee"), tr("A&ssignee"), {}},
        {QStringLiteral("status"), tr("S&tatus"), Catalog::ticketStatuses()},
        {QStringLiteral("priority"), tr("&Priority"), Catalog::ticketPriorities()},
        {QStringLiteral("category"), tr("&Category"), Catalog::ticketCategories()}};
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (const auto &[key, label, codes] : fields) {
        Row row{key, new QCheckBox(label, this), new QComboBox(this)};
        row.check->setObjectName(key + QStringLiteral("Check"));
        row.check->setAccessibleName(tr("Change %1").arg(QString(label).remove(QLatin1Char('&'))));
        row.combo->setObjectName(key + QStringLiteral("BulkCombo"));
        row.combo->setAccessibleName(tr("New %1").arg(QString(label).remove(QLatin1Char('&')).toLower()));
        for (const CodeEntry &e : codes)
            row.combo->addItem(Catalog::label(codes, e.key), e.key);
        row.combo->setEnabled(false);
        const int r = grid->rowCount();
        grid->addWidget(row.check, r, 0);
        grid->addWidget(row.combo, r, 1);
        connect(row.check, &QCheckBox::toggled, row.combo, &QWidget::setEnabled);
        connect(row.check, &QCheckBox::toggled, this, &BulkEditDialog::updateButtons);
        m_rows.append(row);
    }
    m_title->setObjectName(QStringLiteral("bulkTitle"));
    m_title->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("bulkError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_applyButton->setObjectName(QStringLiteral("bulkApplyButton"));
    m_applyButton->setAccessibleName(tr("Apply the changes to the selected tickets"));
    m_applyButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("bulkCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    setStaff({});

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const QJsonObject c = changes();
        if (c.isEmpty() || m_ids.isEmpty())
            return;
        m_saving = true;
        m_error->hide();
        updateButtons();
        Q_EMIT bulkEditSubmitted(m_ids, c);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(460, 260);
}

void BulkEditDialog::setStaff(const QList<StaffChoice> &staff)
{
    QComboBox *combo = m_rows.first().combo;
    combo->clear();
    combo->addItem(tr("Unassigned"), QString());
    for (const StaffChoice &s : staff)
        combo->addItem(s.displayName.isEmpty() ? s.username : tr("%1 (%2)").arg(s.displayName, s.username), s.username);
}

void BulkEditDialog::start(const QList<qint64> &ids, bool assignOnly)
{
    m_ids = ids;
    m_saving = false;
    m_error->hide();
    m_title->setText(ids.size() == 1 ? tr("Change 1 ticket. Only the ticked fields change.")
                                     : tr("Change %1 tickets at once. Only the ticked fields change; if any "
                                          "change is refused, none is applied.").arg(ids.size()));
    for (const Row &row : std::as_const(m_rows))
        row.check->setChecked(assignOnly && row.key == QLatin1String("assignee"));
    if (assignOnly)
        m_rows.first().combo->setFocus();
    updateButtons();
}

QJsonObject BulkEditDialog::changes() const
{
    QJsonObject out;
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        const QString value = row.combo->currentData().toString();
        out.insert(row.key, row.key == QLatin1String("assignee") && value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return out;
}

void BulkEditDialog::showFailed(const QString &message)
{
    m_saving = false;
    m_error->setText(message);
    m_error->show();
    updateButtons();
}

void BulkEditDialog::confirmApplied()
{
    m_saving = false;
    accept();
}

void BulkEditDialog::updateButtons()
{
    m_applyButton->setEnabled(!m_saving && !changes().isEmpty() && !m_ids.isEmpty());
    m_applyButton->setText(m_ids.size() > 1 ? tr("&Apply to %1 tickets").arg(m_ids.size()) : tr("&Apply"));
}

} // namespace izdesk
