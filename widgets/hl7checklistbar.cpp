#include "hl7checklistbar.h"

#include <hl7checkresult.h>

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace izdesk {

namespace {

constexpr int kItems = 11;
constexpr int kColumns = 6;

QString chipStyle(Hl7Severity worst, bool checked)
{
    const char *background = "#f2f2f2", *border = "#c8c8c8";
    if (checked) {
        switch (worst) {
        case Hl7Severity::Error: background = "#fbe0e0", border = "#c62828"; break;
        case Hl7Severity::Warning: background = "#fff1cc", border = "#b26a00"; break;
        default: background = "#e3f4e3", border = "#2e7d32"; break;
        }
    }
    return QStringLiteral("QLabel { background: %1; color: #1a1a1a; border: 1px solid %2; border-left: 5px solid %2;"
                          " border-radius: 3px; padding: 3px 6px; }")
        .arg(QLatin1String(background), QLatin1String(border));
}

QString countText(int count, Hl7Severity worst)
{
    if (count == 0)
        return Hl7ChecklistBar::tr("no findings");
    if (worst == Hl7Severity::Error)
        return Hl7ChecklistBar::tr("%n finding(s), errors", nullptr, count);
    if (worst == Hl7Severity::Warning)
        return Hl7ChecklistBar::tr("%n finding(s), warnings", nullptr, count);
    return Hl7ChecklistBar::tr("%n note(s)", nullptr, count);
}

} // namespace

Hl7ChecklistBar::Hl7ChecklistBar(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("hl7ChecklistBar"));
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    for (int i = 0; i <= kItems; ++i) {
        auto *chip = new QLabel(this);
        const QString letter = i < kItems ? QString(QLatin1Char(char('a' + i))) : QStringLiteral("general");
        chip->setObjectName(QStringLiteral("checklistItem_%1").arg(letter));
        chip->setTextFormat(Qt::RichText);
        chip->setMinimumWidth(150);
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_items << chip;
        grid->addWidget(chip, i / kColumns, i % kColumns);
    }
    m_verdict->setObjectName(QStringLiteral("batchVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    clear();
}

QLabel *Hl7ChecklistBar::itemLabel(const QString &letter) const
{
    if (letter == QLatin1String("general"))
        return m_items.last();
    if (letter.size() != 1 || letter.at(0) < QLatin1Char('a') || letter.at(0) > QLatin1Char('k'))
        return nullptr;
    return m_items.at(letter.at(0).unicode() - 'a');
}

// worst: an Hl7Severity, -1 before any check, -2 when nothing could be read to check.
void Hl7ChecklistBar::setChip(QLabel *chip, const QString &letter, int count, int worst)
{
    const auto severity = Hl7Severity(worst);
    const bool checked = worst >= 0;
    const QString name = letter.size() == 1 ? Hl7CheckResult::itemName(letter) : Hl7CheckResult::itemName({});
    const QString head = letter.size() == 1 ? tr("%1 · %2").arg(letter, name) : name;
    const QString state = checked       ? countText(count, severity)
                          : worst == -2 ? tr("not checked: unreadable")
                                        : tr("not checked yet");
    chip->setText(QStringLiteral("<b>%1</b><br>%2").arg(head.toHtmlEscaped(), state.toHtmlEscaped()));
    chip->setStyleSheet(chipStyle(severity, checked));
    chip->setAccessibleName(letter.size() == 1 ? tr("Checklist item %1, %2: %3").arg(letter, name, state)
                                               : tr("%1: %2").arg(name, state));
    chip->setToolTip(chip->accessibleName());
}

void Hl7ChecklistBar::setResult(const Hl7CheckResult &result)
{
    const QList<Hl7ChecklistItem> items = result.checklist();
    const bool readable = result.readableMessages() > 0;
    for (int i = 0; i < kItems && i < items.size(); ++i)
        setChip(m_items.at(i), items.at(i).letter, items.at(i).count, readable ? int(items.at(i).worst) : -2);
    Hl7Severity general = Hl7Severity::None;
    for (const Hl7CheckedMessage &m : result.messages) {
        for (const Hl7Finding &f : m.findings) {
            if (f.item.isEmpty())
                general = std::max(general, f.severity);
        }
    }
    setChip(m_items.last(), {}, result.generalFindings(), int(general));

    const int messages = int(result.messages.size());
    const QString totals = tr("%n message(s); %1 with errors, %2 with warnings.", nullptr, messages)
                               .arg(result.errorMessages)
                               .arg(result.warningMessages);
    QString text = result.passed
                       ? tr("<b>Passed</b> the registry's thresholds. %1").arg(totals.toHtmlEscaped())
                       : tr("<b>Failed</b>: %1. %2").arg(result.reason.toHtmlEscaped(), totals.toHtmlEscaped());
    for (const QString &problem : result.inputProblems)
        text += QStringLiteral("<br>") + tr("File: %1").arg(problem.toHtmlEscaped());
    m_verdict->setText(text);
    m_verdict->setStyleSheet(result.passed ? QStringLiteral("QLabel { color: #1b5e20; }")
                                           : QStringLiteral("QLabel { color: #b71c1c; }"));
    m_verdict->setAccessibleName(m_verdict->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
}

void Hl7ChecklistBar::clear()
{
    for (int i = 0; i < kItems; ++i)
        setChip(m_items.at(i), QString(QLatin1Char(char('a' + i))), 0, -1);
    setChip(m_items.last(), {}, 0, -1);
    m_verdict->setText(tr("Paste a message, drop a file or open one (Ctrl+O), then press Check (Ctrl+Enter)."));
    m_verdict->setStyleSheet({});
    m_verdict->setAccessibleName(m_verdict->text());
}

} // namespace izdesk
