#include "releasedialog.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace izdesk {

namespace {

QString methodLabel(const QString &method)
{
    if (method == QLatin1String("mail"))
        return ReleaseDialog::tr("&Mail to the patient's current address on file");
    if (method == QLatin1String("fax"))
        return ReleaseDialog::tr("&Fax to the verified facility's number on file");
    if (method == QLatin1String("print"))
        return ReleaseDialog::tr("&Print for pick-up at the help desk");
    return method;
}

} // namespace

ReleaseDialog::ReleaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_status(new QLabel(this))
    , m_releaseButton(new QPushButton(tr("&Release"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("releaseDialog"));
    setWindowTitle(tr("Release immunization record"));
    auto *methods = new QGroupBox(tr("How the record is released"), this);
    methods->setObjectName(QStringLiteral("releaseMethodGroup"));
    methods->setAccessibleName(methods->title());
    m_methodLayout = new QVBoxLayout(methods);
    m_group->setExclusive(true);
    auto *note = new QLabel(tr("The record is addressed only to what is on file; it cannot be sent anywhere else."), this);
    note->setWordWrap(true);

    auto *pathLabel = new QLabel(tr("Save the &PDF as:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("releasePathEdit"));
    m_path->setAccessibleName(tr("File to save the released record in"));
    m_browse->setObjectName(QStringLiteral("releaseBrowseButton"));
    m_browse->setAccessibleName(tr("Choose where to save the PDF"));
    m_browse->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("releaseStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Release status"));
    m_status->setTextFormat(Qt::PlainText);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setAccessibleName(tr("Release the record"));
    m_releaseButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("releaseCloseButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setAutoDefault(false);

    connect(m_releaseButton, &QPushButton::clicked, this, &ReleaseDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ReleaseDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ReleaseDialog::updateButtons);
    connect(m_group, &QButtonGroup::buttonToggled, this, &ReleaseDialog::updateButtons);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_releaseButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(methods);
    layout->addWidget(note);
    layout->addWidget(pathLabel);
    layout->addLayout(pathRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);
    resize(520, 320);
}

void ReleaseDialog::start(qint64 ticketId, qint64 patientId, const QStringList &methods, const QString &suggestedPath)
{
    m_ticketId = ticketId;
    m_patientId = patientId;
    m_methods = methods;
    m_busy = false;
    for (QAbstractButton *b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    for (const QString &method : methods) {
        auto *radio = new QRadioButton(methodLabel(method), m_methodLayout->parentWidget());
        radio->setObjectName(method + QStringLiteral("MethodRadio"));
        radio->setAccessibleName(QString(methodLabel(method)).remove(QLatin1Char('&')));
        radio->setProperty("method", method);
        m_group->addButton(radio);
        m_methodLayout->addWidget(radio);
    }
    if (!m_group->buttons().isEmpty())
        m_group->buttons().constFirst()->setChecked(true);
    m_path->setText(suggestedPath);
    m_status->setText(methods.isEmpty() ? tr("Nothing may be released for this verification.") : QString());
    m_status->setStyleSheet(QString());
    updateButtons();
    if (!m_group->buttons().isEmpty())
        m_group->buttons().constFirst()->setFocus();
}

QString ReleaseDialog::selectedMethod() const
{
    QAbstractButton *b = m_group->checkedButton();
    return b ? b->property("method").toString() : QString();
}

QString ReleaseDialog::pdfPath() const
{
    return m_path->text().trimmed();
}

void ReleaseDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the released record"), pdfPath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ReleaseDialog::updateButtons()
{
    m_releaseButton->setEnabled(!m_busy && !selectedMethod().isEmpty() && !pdfPath().isEmpty());
    m_browse->setEnabled(!m_busy);
    m_path->setEnabled(!m_busy);
}

void ReleaseDialog::submit()
{
    if (m_busy || selectedMethod().isEmpty())
        return;
    if (pdfPath().isEmpty()) {
        showFailed(tr("Choose where to save the PDF."));
        return;
    }
    m_busy = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Releasing…"));
    updateButtons();
    Q_EMIT releaseSubmitted(m_ticketId, m_patientId, selectedMethod(), pdfPath());
}

void ReleaseDialog::showReleased(const QString &path, const QString &addressedTo)
{
    m_busy = false;
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #0d652d; }"));
    m_status->setText(tr("✓ Released and recorded as a disclosure. Addressed to: %1. Saved as %2.").arg(addressedTo, path));
    updateButtons();
    m_releaseButton->setEnabled(false); // one release per request: a second is a new disclosure
    m_closeButton->setFocus();
}

void ReleaseDialog::showFailed(const QString &message)
{
    m_busy = false;
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #a50e0e; }"));
    m_status->setText(tr("✗ %1").arg(message));
    updateButtons();
}

} // namespace izdesk
