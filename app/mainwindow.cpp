#include "mainwindow.h"

#include "environmentbanner.h"
#include "izdeskversion.h"
#include "sessionstatusbar.h"
#include "shortcutsdialog.h"
#include "ticketdetailpanel.h"
#include "ticketqueueview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace izdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new EnvironmentBanner(this))
    , m_queueView(new TicketQueueView(this))
    , m_detailPanel(new TicketDetailPanel(this))
    , m_statusBar(new SessionStatusBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IZ Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/izdesk.svg")));

    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_queueView);
    m_splitter->addWidget(m_detailPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({480, 260});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    createActions();

    connect(m_queueView, &TicketQueueView::ticketActivated, this, [this](qint64 id) {
        if (m_changesEnabled)
            Q_EMIT editTicketRequested(id);
    });
    connect(m_detailPanel, &TicketDetailPanel::editRequested, this, &MainWindow::editTicketRequested);
    connect(m_queueView, &TicketQueueView::currentTicketChanged, this,
            [this](qint64 id) { m_editAction->setEnabled(m_changesEnabled && id != 0); });
    resize(1200, 780);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &keys, const QString &name,
                       const QString &icon) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    m_newAction = make(tr("&New ticket"), QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("newTicketAction"),
                       QStringLiteral("new-ticket"));
    m_editAction = make(tr("&Edit ticket"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("editTicketAction"),
                        QStringLiteral("edit"));
    m_editAction->setEnabled(false);
    m_refreshAction = make(tr("&Refresh"), QKeySequence(Qt::Key_F5), QStringLiteral("refreshAction"),
                           QStringLiteral("refresh"));
    auto *signOut = make(tr("Sign &out"), QKeySequence(), QStringLiteral("signOutAction"), QStringLiteral("sign-out"));
    auto *quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"), QStringLiteral("quit"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newTicketRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = m_queueView->currentTicketId())
            Q_EMIT editTicketRequested(id);
    });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_editAction);
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(signOut);
    file->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *find = make(tr("&Find in queue"), QKeySequence(), QStringLiteral("findAction"), QStringLiteral("find"));
    find->setShortcuts({QKeySequence::Find}); // shown in the menu; the queue view owns the binding
    find->setShortcutContext(Qt::WidgetShortcut);
    connect(find, &QAction::triggered, m_queueView, &TicketQueueView::focusSearch);
    auto *queue = make(tr("Go to &queue"), QKeySequence(Qt::ALT | Qt::Key_1), QStringLiteral("focusQueueAction"),
                       QStringLiteral("queue"));
    connect(queue, &QAction::triggered, m_queueView, &TicketQueueView::focusTable);
    auto *details = make(tr("Show &details"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("toggleDetailsAction"),
                         QStringLiteral("details"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_detailPanel, &QWidget::setVisible);
    auto *sideBySide = make(tr("Details &beside the queue"), QKeySequence(), QStringLiteral("sideBySideAction"),
                            QStringLiteral("layout"));
    sideBySide->setCheckable(true);
    connect(sideBySide, &QAction::toggled, this,
            [this](bool on) { m_splitter->setOrientation(on ? Qt::Horizontal : Qt::Vertical); });
    view->addAction(find);
    view->addAction(queue);
    view->addSeparator();
    view->addAction(details);
    view->addAction(sideBySide);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *keys = make(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), QStringLiteral("shortcutsAction"),
                      QStringLiteral("keyboard"));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    auto *about = make(tr("&About IZ Desk"), QKeySequence(), QStringLiteral("aboutAction"), QStringLiteral("izdesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(keys);
    help->addAction(about);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_refreshAction);
}

void MainWindow::setChangesEnabled(bool enabled)
{
    m_changesEnabled = enabled;
    m_newAction->setEnabled(enabled);
    m_editAction->setEnabled(enabled && m_queueView->currentTicketId() != 0);
    m_detailPanel->setReadOnly(!enabled);
}

void MainWindow::setRefreshEnabled(bool enabled)
{
    m_refreshAction->setEnabled(enabled);
}

void MainWindow::setEnvironmentTitle(const QString &environmentName, bool production)
{
    setWindowTitle(production ? tr("IZ Desk") : tr("IZ Desk — %1").arg(environmentName));
}

void MainWindow::showShortcuts()
{
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            rows.append({action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)});
    }
    rows.append({tr("Search the queue"), QStringLiteral("/")});
    rows.append({tr("Next / previous ticket"), tr("J / K or ↓ / ↑")});
    rows.append({tr("Edit the selected ticket"), tr("E, Enter or F2")});
    rows.append({tr("Leave the search box"), tr("Esc")});
    auto *dialog = new ShortcutsDialog(rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IZ Desk"),
                       tr("<h3>IZ Desk %1</h3><p>Help desk workstation for the state Immunization "
                          "Information System.</p><p>API version %2.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(IZDESK_API_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

} // namespace izdesk
