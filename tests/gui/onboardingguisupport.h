#pragma once
// Helpers of the onboarding GUI tests: pictures, answering the action dialogs, window focus.

#include "guitesthelpers.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <functional>

namespace onboardinggui {

inline void grab(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    izdesk::testing::saveGrab(widget, name);
}

// Answers the next modal dialog once it is open (a mnemonic clicks its button a moment
// later): `fill` types into it, then Enter submits it.
inline void answerNextDialog(std::function<void(QDialog *)> fill)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, fill = std::move(fill)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        fill(dialog);
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
    });
    poll->start();
}

inline bool activate(QWidget *window)
{
    window->activateWindow();
    window->raise();
    return QTest::qWaitForWindowActive(window);
}

} // namespace onboardinggui
