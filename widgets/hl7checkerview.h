#pragma once

#include <hl7checkresult.h>

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace izdesk {

class Hl7ChecklistBar;
class Hl7FindingModel;

// The HL7 message checker: the specialist pastes a message, drops a file or opens one
// (Ctrl+O) and presses Check (Ctrl+Enter). Above: the checklist a–k and the batch verdict.
// Left: the text, one segment per line, monospace. Right: the message of a batch to look at
// (with its verdict), its findings (severity in words and colour, check, location, masked
// value, problem, what to do) and its ACK with a copy button. Selecting a finding, with the
// mouse or the arrow keys, highlights its segment and field in the text and scrolls to it. The
// status line says what is happening (checking, the server's refusal in words, offline). The
// text stays when the window closes. Renders and emits requests only: the connector reads
// files and talks to the server. GUI thread only.
class Hl7CheckerView : public QWidget
{
    Q_OBJECT

public:
    // Asks for a file to open; returns the path or "" (tests replace the file dialog).
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit Hl7CheckerView(QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    QString text() const;
    // The bytes Check sends: an opened file as it is on disk while its text is unchanged,
    // otherwise the text with CR ending each line.
    QByteArray bytesToCheck() const;
    const std::optional<Hl7CheckResult> &result() const { return m_result; }
    int currentMessage() const;

    void setText(const QString &text);
    void setFile(const QString &fileName, const QByteArray &bytes);
    void showChecking(qint64 bytes);
    void showResult(const Hl7CheckResult &result, const QByteArray &sent);
    void showError(const QString &message);
    void setOnline(bool online);
    // A line above the text saying where the check comes from (a ticket), or "" for none.
    void setContext(const QString &context);
    // Empties the text and the results (sign-out: messages hold patient data).
    void clear();

    void check();
    void chooseFile();
    void selectMessage(int index);

Q_SIGNALS:
    void checkRequested(const QByteArray &bytes);
    void openFileRequested(const QString &path);

private:
    QWidget *buildTextPane();
    QWidget *buildResultsPane();
    void setStatus(const QString &text, bool problem = false);
    void onTextChanged();
    void showFinding(const QModelIndex &index);
    void showDetail(const Hl7Finding &finding);
    void scrollToMessage(int index);
    void copyAck();

    Hl7ChecklistBar *m_checklist;
    QPushButton *m_openButton;
    QPushButton *m_checkButton;
    QPushButton *m_clearButton;
    QLabel *m_status;
    QLabel *m_context;
    QPlainTextEdit *m_text;
    QComboBox *m_messages;
    QTableView *m_findings;
    Hl7FindingModel *m_model;
    QLabel *m_detail; // the selected finding in full, to read out
    QPlainTextEdit *m_ack;
    QPushButton *m_copyAck;
    FileChooser m_chooseFile;

    std::optional<Hl7CheckResult> m_result;
    Hl7Text m_checkedText;        // the text the result's offsets point into
    bool m_resultCurrent = false; // the text is still the one checked
    QByteArray m_fileBytes;       // the opened file, while its text is unchanged
    QString m_fileName;
    bool m_settingText = false;
    bool m_online = true;
};

} // namespace izdesk
