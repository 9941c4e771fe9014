#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace izdesk {

// Asks what to link the ticket to: a kind (organization, facility, ticket, patient, IIS user)
// and the record's id ("T-000077" or "77" for tickets). Emits linkChosen on OK; the app
// sends it and the chip appears when the server confirms. GUI thread only.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void start(qint64 ticketId, const QString &ticketNumber);
    qint64 ticketId() const { return m_ticketId; }
    // The target as the API wants it: digits only for tickets, trimmed text otherwise.
    QString target() const;
    QString kind() const;

Q_SIGNALS:
    void linkChosen(qint64 ticketId, const QString &kind, const QString &target);

private:
    void updateOk();

    QLabel *m_intro = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_ticketId = 0;
};

} // namespace izdesk
