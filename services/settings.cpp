#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace izdesk {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// Every setting, its storage key and its default.
const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table = {
        {Settings::Key::ProductionUrl, "environments/production/url", QString()},
        {Settings::Key::ProductionCaFile, "environments/production/caFile", QString()},
        {Settings::Key::TrainingUrl, "environments/training/url", QString()},
        {Settings::Key::TrainingCaFile, "environments/training/caFile", QString()},
        {Settings::Key::UatUrl, "environments/uat/url", QString()},
        {Settings::Key::UatCaFile, "environments/uat/caFile", QString()},
        {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Settings::Key::QueueRefreshSeconds, "queue/refreshSeconds", 30},
        {Settings::Key::LastProfile, "session/lastProfile", QStringLiteral("sandbox")},
        {Settings::Key::LastUsername, "session/lastUsername", QString()},
        {Settings::Key::HttpConnectTimeoutMs, "network/connectTimeoutMs", 5000},
        {Settings::Key::HttpTimeoutMs, "network/timeoutMs", 30000},
    };
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &k : keyTable()) {
        if (k.key == key)
            return k;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
    , m_dataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
}

Settings::Settings(const QString &iniFile, const QString &dataDirectory)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_dataDirectory(dataDirectory)
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &k = info(key);
    QVariant v = m_settings->value(QLatin1String(k.name), k.defaultValue);
    if (k.defaultValue.isValid() && v.metaType() != k.defaultValue.metaType())
        v.convert(k.defaultValue.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
}

QList<EnvironmentProfile> Settings::profiles() const
{
    auto make = [this](const QString &id, const QString &name, EnvironmentProfile::Kind kind, Key url, Key ca) {
        EnvironmentProfile p;
        p.id = id;
        p.name = name;
        p.kind = kind;
        const QString text = value(url).toString().trimmed();
        if (!text.isEmpty())
            p.baseUrl = QUrl(text, QUrl::StrictMode);
        p.caFile = value(ca).toString();
        return p;
    };
    QList<EnvironmentProfile> list;
    list << make(QStringLiteral("production"), QCoreApplication::translate("izdesk::Settings", "Production"),
                 EnvironmentProfile::Production, Key::ProductionUrl, Key::ProductionCaFile);
    list << make(QStringLiteral("training"), QCoreApplication::translate("izdesk::Settings", "Training"),
                 EnvironmentProfile::Training, Key::TrainingUrl, Key::TrainingCaFile);
    list << make(QStringLiteral("uat"), QCoreApplication::translate("izdesk::Settings", "UAT"), EnvironmentProfile::Uat,
                 Key::UatUrl, Key::UatCaFile);
    EnvironmentProfile sandbox;
    sandbox.id = QStringLiteral("sandbox");
    sandbox.name = QCoreApplication::translate("izdesk::Settings", "Local sandbox");
    sandbox.kind = EnvironmentProfile::Sandbox;
    list << sandbox;
    return list;
}

QString Settings::cacheDirectory() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("cache"));
}

QString Settings::logDirectory() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("logs"));
}

QString Settings::sandboxDirectory() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("sandbox"));
}

} // namespace izdesk
