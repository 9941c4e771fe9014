// The organization and IIS user windows through the real app wiring against the seeded
// in-process server, offscreen: ticket link chips open them, and a signed agreement document
// is attached and saved from both windows.
#include "accountsviewstest.h"

using namespace izdesk;
using namespace izdesk::test;

class TestAccountWindows : public QObject, private AccountsViewsHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        QVERIFY2(m_desk.setUp(&error), qPrintable(error));
    }

    void cleanup() { m_desk.tearDown(); }

    void ticketLinksOpenTheOrganizationAndTheUser()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        AccountsWorklistView *worklists = openWorklists(app.get());
        QVERIFY(worklists);
        // An organization and a user from the worklists, linked to the current ticket.
        auto *expiring = child<QTreeWidget>(worklists, "expiringList");
        QString organizationName;
        for (int i = 0; i < expiring->topLevelItemCount() && organizationName.isEmpty(); ++i) {
            if (expiring->topLevelItem(i)->text(1) == QLatin1String("Organization"))
                organizationName = expiring->topLevelItem(i)->text(0);
        }
        QVERIFY(!organizationName.isEmpty());
        qint64 organizationId = 0;
        for (int i = 0; i < expiring->topLevelItemCount(); ++i) {
            if (expiring->topLevelItem(i)->text(0) == organizationName)
                organizationId = expiring->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
        }
        auto *pending = child<QTreeWidget>(worklists, "pendingList");
        const qint64 userId = pending->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        const QString username = pending->topLevelItem(0)->text(kUsernameColumn);
        worklists->hide();

        const qint64 ticketId = app->queue()->model()->tickets().constFirst().id;
        app->mainWindow()->queueView()->selectTicket(ticketId);
        app->timeline()->addLink(ticketId, QStringLiteral("organization"), QString::number(organizationId));
        app->timeline()->addLink(ticketId, QStringLiteral("iis_user"), QString::number(userId));
        TicketLinksBar *bar = app->ticketExtras()->links();
        QTRY_COMPARE_WITH_TIMEOUT(bar->findChildren<QToolButton *>(QStringLiteral("openLinkButton")).size(), 2,
                                  kNetworkTimeoutMs);
        QToolButton *openOrganization = nullptr;
        QToolButton *openUser = nullptr;
        for (QToolButton *b : bar->findChildren<QToolButton *>(QStringLiteral("openLinkButton"))) {
            QVERIFY(!b->accessibleName().isEmpty());
            (b->text().startsWith(QLatin1String("Organization")) ? openOrganization : openUser) = b;
        }
        QVERIFY(openOrganization && openUser);
        QCOMPARE(openOrganization->text(), QStringLiteral("Organization: %1").arg(organizationName));

        QTest::mouseClick(openOrganization, Qt::LeftButton);
        OrganizationView *organization = app->accountsArea()->organizationView();
        QTRY_VERIFY_WITH_TIMEOUT(organization->isVisible(), kNetworkTimeoutMs);
        QCOMPARE(child<QLabel>(organization, "organizationName")->text(), organizationName);
        QVERIFY(!child<QLabel>(organization, "organizationType")->text().isEmpty());
        auto *sites = child<QTreeWidget>(organization, "organizationSites");
        QVERIFY(sites->topLevelItemCount() > 0);
        QVERIFY(!sites->topLevelItem(0)->text(1).isEmpty());               // facility code
        QVERIFY(sites->topLevelItem(0)->text(6) != QLatin1String("None")); // seeded administrator
        auto *users = child<QTreeWidget>(organization, "organizationUsers");
        QVERIFY(users->topLevelItemCount() >= sites->topLevelItemCount());
        QCOMPARE(child<QTreeWidget>(organization, "organizationAgreements")->topLevelItemCount(), 1);
        saveGrab(organization, QStringLiteral("accounts-organization"));
        verifyAccessibleNames(organization);
        verifyMnemonicsUnique(organization);

        // Opening a user from the organization, then the linked user from the ticket.
        users->setCurrentItem(users->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(organization, "openUserButton"), Qt::LeftButton);
        IisUserView *user = app->accountsArea()->userView();
        const QString fromOrganization = users->topLevelItem(0)->text(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            user->isVisible() && child<QLabel>(user, "accountUsername")->text() == fromOrganization, kNetworkTimeoutMs);
        QTest::mouseClick(openUser, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(user, "accountUsername")->text(), username, kNetworkTimeoutMs);

        // From the user to the organization of the user's site (through the facility).
        const QString siteCode = username.section(QLatin1Char('.'), -1).toUpper();
        organization->hide();
        QTest::mouseClick(child<QPushButton>(user, "openOrganizationButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(organization->isVisible(), kNetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!sites->findItems(siteCode, Qt::MatchExactly, 1).isEmpty(), kNetworkTimeoutMs);

        // Signing out closes every accounts window.
        app->mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!user->isVisible() && !organization->isVisible(), kNetworkTimeoutMs);
    }

    void signedDocumentsAreAttachedAndSavedFromBothWindows()
    {
        auto app = signedIn(QStringLiteral("specialist"), QStringLiteral("izdesk-specialist"));
        AccountsWorklistView *worklists = openWorklists(app.get());
        QVERIFY(worklists);
        auto *expiring = child<QTreeWidget>(worklists, "expiringList");
        qint64 userId = 0;
        qint64 organizationId = 0;
        for (int i = 0; i < expiring->topLevelItemCount(); ++i) {
            qint64 &id = expiring->topLevelItem(i)->text(1) == QLatin1String("Organization") ? organizationId : userId;
            if (!id)
                id = expiring->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
        }
        QVERIFY(userId > 0 && organizationId > 0);
        worklists->hide();

        QByteArray pdf("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        pdf.append(QByteArray(2048 - pdf.size(), ' '));
        const QString pdfPath = m_desk.dir->filePath(QStringLiteral("signed statement.pdf"));
        QVERIFY(writeAll(pdfPath, pdf));
        const QString textPath = m_desk.dir->filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeAll(textPath, "not a scan\n"));
        ChosenFiles files;

        // The IIS user window: an agreement on file without its document.
        app->accountsArea()->openUser(userId);
        IisUserView *view = app->accountsArea()->userView();
        auto *agreements = child<QTreeWidget>(view, "agreementList");
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && agreements->topLevelItemCount() > 0, kNetworkTimeoutMs);
        view->documentBar()->setFileChooser(files.chooser());
        auto *attach = child<QPushButton>(view, "attachDocumentButton");
        auto *save = child<QPushButton>(view, "saveDocumentButton");
        auto *message = child<QLabel>(view, "accountMessage");
        QCOMPARE(attach->text(), QStringLiteral("Attac&h signed document…"));
        QCOMPARE(save->text(), QStringLiteral("Sav&e signed document…"));
        QCOMPARE(agreements->headerItem()->text(kDocumentColumn), QStringLiteral("Document"));
        QCOMPARE(agreements->topLevelItem(0)->text(kDocumentColumn), QStringLiteral("—"));
        agreements->setCurrentItem(nullptr);
        QVERIFY(!attach->isEnabled()); // no agreement selected
        QVERIFY(!save->isEnabled());
        agreements->setCurrentItem(agreements->topLevelItem(0));
        const qint64 agreementId = agreements->currentItem()->data(0, Qt::UserRole).toLongLong();
        QVERIFY(agreementId > 0);
        QVERIFY(attach->isEnabled());
        QVERIFY(!save->isEnabled()); // nothing on file to save

        // The list's context menu has both, with keys that work while the list has focus.
        QCOMPARE(agreements->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *attachAction = agreements->findChild<QAction *>(QStringLiteral("attachDocumentAction"));
        QVERIFY(attachAction && agreements->actions().contains(attachAction));
        QCOMPARE(attachAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        QVERIFY(agreements->actions().contains(agreements->findChild<QAction *>(QStringLiteral("saveDocumentAction"))));

        // A text file is refused in words, before anything is sent; the buttons are ready again.
        files.open = textPath;
        QTest::mouseClick(attach, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().contains(QStringLiteral("“notes.txt” cannot be sent: only PDF, PNG, JPEG and TIFF files")),
            kNetworkTimeoutMs);
        QVERIFY(attach->isEnabled());
        QCOMPARE(agreements->topLevelItem(0)->text(kDocumentColumn), QStringLiteral("—"));

        // Ctrl+O in the list attaches the PDF; the row shows it and stays selected.
        files.open = pdfPath;
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view));
        agreements->setFocus();
        QTest::keyClick(agreements, Qt::Key_Tab); // the list, then its document buttons
        QCOMPARE(QApplication::focusWidget(), attach);
        agreements->setFocus();
        QTest::keyClick(agreements, Qt::Key_O, Qt::ControlModifier);
        // 2,048 bytes: "2 KB" or "2 kB" as the locale writes it.
        const QRegularExpression pdfOnFile(QStringLiteral("^PDF · 2 [kK]B$"));
        QTRY_VERIFY_WITH_TIMEOUT(pdfOnFile.match(agreements->topLevelItem(0)->text(kDocumentColumn)).hasMatch(),
                                 kNetworkTimeoutMs);
        QVERIFY2(message->text().startsWith(QStringLiteral("Signed document attached (PDF · 2 ")),
                 qPrintable(message->text()));
        QVERIFY(agreements->currentItem());
        QCOMPARE(agreements->currentItem()->data(0, Qt::UserRole).toLongLong(), agreementId);
        const QByteArray sha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
        QVERIFY(agreements->topLevelItem(0)->toolTip(kDocumentColumn).contains(QString::fromLatin1(sha256)));
        QVERIFY(save->isEnabled());
        saveGrab(view, QStringLiteral("accounts-user-document"));

        // Alt+E saves it under the chosen name, byte for byte.
        files.saveAs = m_desk.dir->filePath(QStringLiteral("from-user-view.pdf"));
        QTest::keyClick(view, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("saved to")), kNetworkTimeoutMs);
        QVERIFY(files.suggested.startsWith(QStringLiteral("agreement-%1-").arg(agreementId)));
        QVERIFY(files.suggested.endsWith(QLatin1String(".pdf")));
        QCOMPARE(readAll(files.saveAs), pdf);
        verifyAccessibleNames(view);
        verifyMnemonicsUnique(view);

        // The organization window: its data use agreement gets a PNG scan.
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        const QString pngPath = m_desk.dir->filePath(QStringLiteral("data use agreement.png"));
        QVERIFY(writeAll(pngPath, png));
        app->accountsArea()->openOrganization(organizationId);
        OrganizationView *organization = app->accountsArea()->organizationView();
        auto *organizationAgreements = child<QTreeWidget>(organization, "organizationAgreements");
        QTRY_VERIFY_WITH_TIMEOUT(organization->isVisible() && organizationAgreements->topLevelItemCount() == 1,
                                 kNetworkTimeoutMs);
        organization->documentBar()->setFileChooser(files.chooser());
        QCOMPARE(organizationAgreements->topLevelItem(0)->text(kDocumentColumn), QStringLiteral("—"));
        organizationAgreements->setCurrentItem(organizationAgreements->topLevelItem(0));
        files.open = pngPath;
        QTest::mouseClick(child<QPushButton>(organization, "attachDocumentButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            organizationAgreements->topLevelItem(0)->text(kDocumentColumn).startsWith(QStringLiteral("PNG · ")),
            kNetworkTimeoutMs);
        auto *status = child<QLabel>(organization, "organizationStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("Signed document attached (PNG · ")),
                 qPrintable(status->text()));
        saveGrab(organization, QStringLiteral("accounts-organization-document"));

        files.saveAs = m_desk.dir->filePath(QStringLiteral("from-organization-view.png"));
        QTest::mouseClick(child<QPushButton>(organization, "saveDocumentButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("saved to")), kNetworkTimeoutMs);
        QVERIFY(files.suggested.endsWith(QLatin1String("-organization_data_use.png")));
        QCOMPARE(readAll(files.saveAs), png);
        verifyAccessibleNames(organization);
        verifyMnemonicsUnique(organization);
    }
};

QTEST_MAIN(TestAccountWindows)
#include "tst_accountwindows.moc"
