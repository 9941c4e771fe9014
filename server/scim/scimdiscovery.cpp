#include "scim/scimdiscovery.h"

#include "scim/scimresource.h"

namespace izdesk::server::scim {

namespace {

QJsonObject supported(bool yes)
{
    return QJsonObject{{QStringLiteral("supported"), yes}};
}

QJsonObject attribute(const QString &name, const QString &type, bool multiValued, bool required, const QString &mutability,
                      const QString &uniqueness = QStringLiteral("none"), const QJsonArray &subAttributes = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("multiValued"), multiValued},
                  {QStringLiteral("required"), required},
                  {QStringLiteral("caseExact"), false},
                  {QStringLiteral("mutability"), mutability},
                  {QStringLiteral("returned"), QStringLiteral("default")},
                  {QStringLiteral("uniqueness"), uniqueness}};
    if (!subAttributes.isEmpty())
        o.insert(QStringLiteral("subAttributes"), subAttributes);
    return o;
}

QJsonObject schema(const QString &id, const QString &name, const QJsonArray &attributes)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema")}},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                                                            {QStringLiteral("location"), QString(QStringLiteral("/scim/v2/Schemas/") + id)}}}};
}

} // namespace

QJsonObject serviceProviderConfig(const QString &baseUrl)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")}},
        {QStringLiteral("documentationUri"), QStringLiteral("https://izdesk.invalid/docs/scim")},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), QJsonObject{{QStringLiteral("supported"), false}, {QStringLiteral("maxOperations"), 0},
                                             {QStringLiteral("maxPayloadSize"), 0}}},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("supported"), true}, {QStringLiteral("maxResults"), 200}}},
        {QStringLiteral("changePassword"), supported(false)},
        {QStringLiteral("sort"), supported(false)},
        {QStringLiteral("etag"), supported(false)},
        {QStringLiteral("authenticationSchemes"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
                                {QStringLiteral("name"), QStringLiteral("OAuth Bearer Token")},
                                {QStringLiteral("description"), QStringLiteral("A SCIM client token created by an IZ Desk administrator")},
                                {QStringLiteral("primary"), true}}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
                                             {QStringLiteral("location"), QString(baseUrl + QStringLiteral("/scim/v2/ServiceProviderConfig"))}}}};
}

QJsonArray resourceTypes(const QString &baseUrl)
{
    const QString schema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
    return QJsonArray{
        QJsonObject{{QStringLiteral("schemas"), QJsonArray{schema}},
                    {QStringLiteral("id"), QStringLiteral("User")},
                    {QStringLiteral("name"), QStringLiteral("User")},
                    {QStringLiteral("endpoint"), QStringLiteral("/Users")},
                    {QStringLiteral("description"), QStringLiteral("IIS user account")},
                    {QStringLiteral("schema"), kUserSchema},
                    {QStringLiteral("schemaExtensions"),
                     QJsonArray{QJsonObject{{QStringLiteral("schema"), kExtensionSchema}, {QStringLiteral("required"), false}}}},
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                                                         {QStringLiteral("location"), QString(baseUrl + QStringLiteral("/scim/v2/ResourceTypes/User"))}}}},
        QJsonObject{{QStringLiteral("schemas"), QJsonArray{schema}},
                    {QStringLiteral("id"), QStringLiteral("Group")},
                    {QStringLiteral("name"), QStringLiteral("Group")},
                    {QStringLiteral("endpoint"), QStringLiteral("/Groups")},
                    {QStringLiteral("description"), QStringLiteral("Facility (site); members are its IIS users")},
                    {QStringLiteral("schema"), kGroupSchema},
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                                                         {QStringLiteral("location"), QString(baseUrl + QStringLiteral("/scim/v2/ResourceTypes/Group"))}}}}};
}

QJsonArray schemas()
{
    const QString rw = QStringLiteral("readWrite");
    const QJsonArray multi{attribute(QStringLiteral("value"), QStringLiteral("string"), false, false, rw),
                           attribute(QStringLiteral("type"), QStringLiteral("string"), false, false, rw),
                           attribute(QStringLiteral("primary"), QStringLiteral("boolean"), false, false, rw)};
    const QJsonArray user{
        attribute(QStringLiteral("userName"), QStringLiteral("string"), false, true, rw, QStringLiteral("server")),
        attribute(QStringLiteral("name"), QStringLiteral("complex"), false, false, rw, QStringLiteral("none"),
                  QJsonArray{attribute(QStringLiteral("givenName"), QStringLiteral("string"), false, false, rw),
                             attribute(QStringLiteral("familyName"), QStringLiteral("string"), false, false, rw),
                             attribute(QStringLiteral("formatted"), QStringLiteral("string"), false, false, QStringLiteral("readOnly"))}),
        attribute(QStringLiteral("displayName"), QStringLiteral("string"), false, false, rw),
        attribute(QStringLiteral("externalId"), QStringLiteral("string"), false, false, rw),
        attribute(QStringLiteral("active"), QStringLiteral("boolean"), false, false, rw),
        attribute(QStringLiteral("emails"), QStringLiteral("complex"), true, false, rw, QStringLiteral("none"), multi),
        attribute(QStringLiteral("phoneNumbers"), QStringLiteral("complex"), true, false, rw, QStringLiteral("none"), multi),
        attribute(QStringLiteral("groups"), QStringLiteral("complex"), true, false, QStringLiteral("readOnly"))};
    const QJsonArray group{attribute(QStringLiteral("displayName"), QStringLiteral("string"), false, true, QStringLiteral("readOnly")),
                           attribute(QStringLiteral("members"), QStringLiteral("complex"), true, false, rw)};
    const QJsonArray extension{attribute(QStringLiteral("role"), QStringLiteral("string"), false, false, rw),
                               attribute(QStringLiteral("status"), QStringLiteral("string"), false, false, QStringLiteral("readOnly")),
                               attribute(QStringLiteral("inactiveReason"), QStringLiteral("string"), false, false, QStringLiteral("readOnly"))};
    return QJsonArray{schema(kUserSchema, QStringLiteral("User"), user), schema(kGroupSchema, QStringLiteral("Group"), group),
                      schema(kExtensionSchema, QStringLiteral("IZ Desk user"), extension)};
}

} // namespace izdesk::server::scim
