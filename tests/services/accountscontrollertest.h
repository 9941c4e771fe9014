#pragma once

// The harness of the AccountsController tests: the real in-process server with the demo
// accounts, a supervisor's desk signed in to it, and the controller's requests a test waits
// for (the pending worklist, recording an agreement, reloading its holder, attaching a file).

#include "deskfixture.h"

#include "accountscontroller.h"
#include "apiclient.h"
#include "memorycredentialstore.h"
#include "reportexporter.h"

#include <testserver.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace izdesk::test {

inline constexpr int kTimeoutMs = 15000;

template<typename T>
T firstArg(QSignalSpy &spy)
{
    return spy.constLast().at(0).value<T>();
}

// A small but real one-page PDF.
inline QByteArray samplePdf()
{
    QByteArray pdf("%PDF-1.4\n"
                   "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
                   "trailer << /Root 1 0 R >>\n"
                   "%%EOF\n");
    pdf.append(QByteArray(1200, ' ')); // a scan is never empty
    return pdf;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

class AccountsControllerHarness
{
protected:
    void startDesk()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_desk = std::make_unique<Desk>(m_dir.path(), m_server.baseUrl(), &m_keychain);
        QVERIFY(m_desk->signIn(QStringLiteral("supervisor"), QStringLiteral("izdesk-supervisor")));
        m_accounts = std::make_unique<AccountsController>(m_desk->session.get());
    }
    void stopDesk()
    {
        m_accounts.reset();
        m_desk.reset();
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<AccountsController> m_accounts;

    QList<IisAccount> pendingRequests()
    {
        QSignalSpy pending(m_accounts.get(), &AccountsController::pendingRequestsLoaded);
        m_accounts->loadWorklists();
        if (!pending.wait(kTimeoutMs))
            return {};
        return firstArg<QList<IisAccount>>(pending);
    }

    // The first pending account with the given status.
    IisAccount pendingWith(const QString &status, int skip = 0)
    {
        for (const IisAccount &a : pendingRequests()) {
            if (a.status == status && skip-- == 0)
                return a;
        }
        return {};
    }

    AccountAgreement record(qint64 userId)
    {
        QSignalSpy recorded(m_accounts.get(), &AccountsController::agreementRecorded);
        AgreementDraft draft;
        draft.kind = QStringLiteral("confidentiality");
        draft.version = QStringLiteral("2026-1");
        draft.signerName = QStringLiteral("Signer %1").arg(userId);
        draft.signedOn = QDate::currentDate().addDays(-1);
        m_accounts->recordAgreement(userId, draft);
        if (!recorded.wait(kTimeoutMs))
            return {};
        return recorded.constLast().at(1).value<AccountAgreement>();
    }

    // The agreement as the holder's reload lists it.
    AccountAgreement reloaded(qint64 userId, qint64 agreementId)
    {
        QSignalSpy loaded(m_accounts.get(), &AccountsController::iisUserLoaded);
        m_accounts->loadIisUser(userId);
        if (!loaded.wait(kTimeoutMs))
            return {};
        for (const AccountAgreement &a : loaded.constLast().at(1).value<QList<AccountAgreement>>()) {
            if (a.id == agreementId)
                return a;
        }
        return {};
    }

    // Attaches the file and returns the refusal (empty when it was attached).
    QString refusalOf(qint64 agreementId, const QString &path)
    {
        QSignalSpy failed(m_accounts.get(), &AccountsController::agreementDocumentFailed);
        QSignalSpy attached(m_accounts.get(), &AccountsController::agreementDocumentAttached);
        m_accounts->attachAgreementDocument(agreementId, path);
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !attached.isEmpty(); }, kTimeoutMs))
            return QStringLiteral("(no answer)");
        if (failed.isEmpty())
            return {};
        if (failed.constFirst().at(0).toLongLong() != agreementId)
            return QStringLiteral("(wrong agreement id)");
        return failed.constFirst().at(1).toString();
    }
};

} // namespace izdesk::test
