#pragma once

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace izdesk {

// Release of a verified caller's immunization record: offers only the methods the server
// allowed for the verification (mail, fax, print), asks where to save the PDF, and shows
// the outcome. The server picks the recipient from what is on file; the dialog cannot name
// one. Emits releaseSubmitted; the app answers with showReleased or showFailed. GUI thread only.
class ReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReleaseDialog(QWidget *parent = nullptr);

    // methods: the attempt's release methods other than "read", in policy order.
    void start(qint64 ticketId, qint64 patientId, const QStringList &methods, const QString &suggestedPath);
    QStringList offeredMethods() const { return m_methods; }
    QString selectedMethod() const;
    QString pdfPath() const;
    bool isBusy() const { return m_busy; }

    void showReleased(const QString &path, const QString &addressedTo);
    void showFailed(const QString &message);

Q_SIGNALS:
    void releaseSubmitted(qint64 ticketId, qint64 patientId, const QString &method, const QString &pdfPath);

private:
    void submit();
    void browse();
    void updateButtons();

    qint64 m_ticketId = 0;
    qint64 m_patientId = 0;
    QStringList m_methods;
    bool m_busy = false;
    QVBoxLayout *m_methodLayout = nullptr;
    QButtonGroup *m_group = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace izdesk
