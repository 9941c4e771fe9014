#pragma once

// The harness of the accounts window tests: the real app wiring against the seeded
// in-process server, offscreen, a signed-in desk, and the worklists as the tests find them
// (opened from the menu, a list's rows by state and username, every control's accessible
// name).

#include "accountsconnector.h"
#include "accountsworklistview.h"
#include "agreementdocumentbar.h"
#include "application.h"
#include "deskfixture.h"
#include "guitesthelpers.h"
#include "iisuserview.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "organizationview.h"
#include "settings.h"
#include "testserver.h"
#include "ticketextrasconnector.h"
#include "ticketlinksbar.h"
#include "ticketlistmodel.h"
#include "ticketqueuecontroller.h"
#include "ticketqueueview.h"
#include "tickettimelinecontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeWidget>

namespace izdesk::test {

using izdesk::testing::child;
using izdesk::testing::saveGrab;
using izdesk::testing::verifyMnemonicsUnique;

inline constexpr int kNetworkTimeoutMs = 30000;

// Column of the account lists (pending / inactivated) holding the username.
inline constexpr int kUsernameColumn = 1;
inline constexpr int kStateColumn = 4;
// Column of the agreement lists (IIS user and organization windows) with the signed document.
inline constexpr int kDocumentColumn = 6;

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// What the file dialogs would answer: `open` for Attach, `saveAs` for Save (and what Save suggested).
struct ChosenFiles
{
    QString open;
    QString saveAs;
    QString suggested;

    AgreementDocumentBar::FileChooser chooser()
    {
        return [this](QWidget *, bool save, const QString &suggestion) {
            if (!save)
                return open;
            suggested = suggestion;
            return saveAs;
        };
    }
};

class AccountsViewsHarness
{
protected:
    testing::DeskFixture m_desk;
    MemoryCredentialStore m_credentials;

    std::unique_ptr<Application> signedIn(const QString &user, const QString &password)
    {
        return m_desk.signedIn(&m_credentials, user, password);
    }

    // Opens Accounts ▸ Worklists from the menu and waits for all three lists.
    static AccountsWorklistView *openWorklists(Application *app)
    {
        auto *action = app->mainWindow()->findChild<QAction *>(QStringLiteral("accountsWorklistsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        AccountsWorklistView *view = app->accountsArea()->worklists();
        const bool loaded = QTest::qWaitFor(
            [view] {
                return child<QTreeWidget>(view, "expiringList")->topLevelItemCount() > 0
                       && child<QTreeWidget>(view, "pendingList")->topLevelItemCount() > 0
                       && child<QTreeWidget>(view, "inactivatedList")->topLevelItemCount() > 0;
            },
            kNetworkTimeoutMs);
        return loaded ? view : nullptr;
    }

    // Switches the worklists to "Pending requests" and returns that list.
    static QTreeWidget *showPending(AccountsWorklistView *view)
    {
        auto *pending = child<QTreeWidget>(view, "pendingList");
        child<QTabWidget>(view, "worklistTabs")->setCurrentWidget(pending);
        return pending;
    }

    static QList<QTreeWidgetItem *> rowsWithState(QTreeWidget *list, const QString &state)
    {
        QList<QTreeWidgetItem *> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(kStateColumn) == state)
                rows << list->topLevelItem(i);
        }
        return rows;
    }

    static QStringList usernames(QTreeWidget *list)
    {
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            names << list->topLevelItem(i)->text(kUsernameColumn);
        return names;
    }

    static void verifyAccessibleNames(QWidget *root)
    {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                     || qobject_cast<QComboBox *>(w) || qobject_cast<QTreeWidget *>(w)
                                     || qobject_cast<QTabWidget *>(w);
            // Inner parts Qt builds itself (line edit of a spin box, scroll bar arrows) are skipped.
            if (!interactive || w->objectName().startsWith(QLatin1String("qt_")) || !w->parentWidget()
                || qobject_cast<QDateEdit *>(w->parentWidget()) || qobject_cast<QLineEdit *>(w->parentWidget())
                || qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                    .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        }
    }
};

} // namespace izdesk::test
