#pragma once

#include "environmentprofile.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace izdesk {

// The one typed facade over QSettings: every key and its default live in one table
// (settings.cpp). Also answers where the application keeps its data (cache, logs, sandbox)
// and the list of environment profiles. Use from one thread (the GUI thread).
class Settings
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        ProductionUrl,
        ProductionCaFile,
        TrainingUrl,
        TrainingCaFile,
        UatUrl,
        UatCaFile,
        MainWindowGeometry,
        MainWindowState,
        QueueRefreshSeconds,
        LastProfile,
        LastUsername,
        HttpConnectTimeoutMs,
        HttpTimeoutMs,
    };

    // The application's QSettings and AppDataLocation.
    Settings();
    // For tests and portable installs: an INI file and a data folder.
    Settings(const QString &iniFile, const QString &dataDirectory);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QList<EnvironmentProfile> profiles() const;

    QString dataDirectory() const { return m_dataDirectory; }
    QString cacheDirectory() const;
    QString logDirectory() const;
    QString sandboxDirectory() const;

    // Typed shortcuts for the common keys.
    int queueRefreshSeconds() const { return value(Key::QueueRefreshSeconds).toInt(); }
    QString lastProfile() const { return value(Key::LastProfile).toString(); }
    QString lastUsername() const { return value(Key::LastUsername).toString(); }
    QByteArray mainWindowGeometry() const { return value(Key::MainWindowGeometry).toByteArray(); }
    QByteArray mainWindowState() const { return value(Key::MainWindowState).toByteArray(); }

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_dataDirectory;
};

} // namespace izdesk
