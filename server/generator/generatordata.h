#pragma once

namespace izdesk::server::generatordata {

// Tables behind the synthetic population, written for IZ Desk: US surnames and given names
// with rough relative frequencies (shaped like the Census 2010 surname list and SSA baby
// names), Minnesota places with real ZIP codes, street names. Pure data; any thread.
struct Weighted
{
    const char *name;
    int weight;
};

struct Place
{
    const char *city;
    const char *zip;
    const char *areaCode;
    int weight;
};

extern const Weighted surnames[];
extern const int surnameCount;
extern const Weighted femaleNames[];
extern const int femaleNameCount;
extern const Weighted maleNames[];
extern const int maleNameCount;
extern const Place places[];
extern const int placeCount;
extern const char *const streets[];
extern const int streetCount;
extern const char *const streetTypes[];
extern const int streetTypeCount;

} // namespace izdesk::server::generatordata
