#pragma once

namespace izdesk::server {

// The fixed tables the demo seed draws from: staff accounts, organizations and the kinds of
// calls an IIS help desk takes. All names are synthetic. Constant data; any thread.
class DemoSeedData
{
public:
    struct Staff
    {
        const char *username;
        const char *displayName;
        const char *role;
        const char *password;
    };

    struct Organization
    {
        const char *name;
        const char *type;
        const char *codePrefix; // facility codes are prefix + 3 digits, e.g. "MGP001"
        const char *city;
        int facilities;         // 1..4
    };

    // One kind of call. callerTypes lists the organization types whose staff make it
    // (comma separated); nullptr means a member of the public (parent, adult patient).
    // In description, {org} and {code} become the organization name and a facility code.
    struct CallTemplate
    {
        const char *category;
        const char *subject;
        const char *description;
        const char *callerTypes;
    };

    template<typename T>
    struct Table
    {
        const T *rows;
        int size;
        const T &operator[](int i) const { return rows[i]; }
    };

    static Table<Staff> staff();
    static Table<Organization> organizations();
    static Table<CallTemplate> calls();
    static Table<const char *> firstNames();
    static Table<const char *> lastNames();
    static Table<const char *> siteNames();   // facility suffixes: "Main Campus", …
    static Table<const char *> streets();
    static Table<const char *> areaCodes();
};

} // namespace izdesk::server
