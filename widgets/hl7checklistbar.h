#pragma once

#include <QWidget>

class QLabel;

namespace izdesk {

struct Hl7CheckResult;

// The top of the HL7 checker: the registry checklist a–k (letter, name in words, how many
// findings; green none, amber warnings, red errors, said in words too), the general checks,
// and the batch verdict (passed or failed and why, messages, with errors, with warnings, and
// the envelope's problems). Renders only. GUI thread only.
class Hl7ChecklistBar : public QWidget
{
    Q_OBJECT

public:
    explicit Hl7ChecklistBar(QWidget *parent = nullptr);

    void setResult(const Hl7CheckResult &result);
    void clear();

    QLabel *itemLabel(const QString &letter) const; // "a".."k", or "general"
    QLabel *verdictLabel() const { return m_verdict; }

private:
    void setChip(QLabel *chip, const QString &letter, int count, int worst);

    QList<QLabel *> m_items; // a..k, then the general checks
    QLabel *m_verdict;
};

} // namespace izdesk
