#include "generator/generatordata.h"

#include <iterator>

namespace izdesk::server::generatordata {

const Weighted surnames[] = {
    {"SMITH", 2442}, {"JOHNSON", 1932}, {"WILLIAMS", 1625}, {"BROWN", 1437}, {"JONES", 1425}, {"GARCIA", 1166},
    {"MILLER", 1161}, {"DAVIS", 1116}, {"RODRIGUEZ", 1094}, {"MARTINEZ", 1060}, {"HERNANDEZ", 1043}, {"LOPEZ", 874},
    {"GONZALEZ", 841}, {"WILSON", 801}, {"ANDERSON", 784}, {"THOMAS", 756}, {"TAYLOR", 751}, {"MOORE", 724},
    {"JACKSON", 708}, {"MARTIN", 702}, {"LEE", 693}, {"PEREZ", 681}, {"THOMPSON", 664}, {"WHITE", 660},
    {"HARRIS", 624}, {"SANCHEZ", 612}, {"CLARK", 562}, {"RAMIREZ", 557}, {"LEWIS", 509}, {"ROBINSON", 503},
    {"WALKER", 501}, {"YOUNG", 484}, {"ALLEN", 482}, {"KING", 465}, {"WRIGHT", 458}, {"SCOTT", 439},
    {"TORRES", 437}, {"NGUYEN", 437}, {"HILL", 434}, {"FLORES", 433}, {"GREEN", 430}, {"ADAMS", 427},
    {"NELSON", 424}, {"BAKER", 419}, {"HALL", 407}, {"RIVERA", 404}, {"CAMPBELL", 396}, {"MITCHELL", 391},
    {"CARTER", 376}, {"ROBERTS", 376}, {"GOMEZ", 365}, {"PHILLIPS", 351}, {"EVANS", 342}, {"TURNER", 335},
    {"DIAZ", 334}, {"PARKER", 330}, {"CRUZ", 325}, {"EDWARDS", 322}, {"COLLINS", 317}, {"REYES", 316},
    {"STEWART", 312}, {"MORRIS", 311}, {"MORALES", 304}, {"MURPHY", 300}, {"COOK", 294}, {"ROGERS", 294},
    {"GUTIERREZ", 293}, {"ORTIZ", 288}, {"MORGAN", 286}, {"COOPER", 285}, {"PETERSON", 282}, {"BAILEY", 277},
    {"REED", 277}, {"KELLY", 268}, {"HOWARD", 264}, {"RAMOS", 263}, {"KIM", 262}, {"COX", 261}, {"WARD", 260},
    {"RICHARDSON", 257}, {"WATSON", 253}, {"BROOKS", 251}, {"CHAVEZ", 250}, {"WOOD", 250}, {"JAMES", 249},
    {"BENNETT", 247}, {"GRAY", 247}, {"MENDOZA", 242}, {"RUIZ", 240}, {"HUGHES", 240}, {"PRICE", 239},
    {"ALVAREZ", 239}, {"CASTILLO", 230}, {"SANDERS", 230}, {"PATEL", 229}, {"MYERS", 229}, {"LONG", 229},
    {"ROSS", 228}, {"FOSTER", 227}, {"JIMENEZ", 220}, {"POWELL", 217}, {"JENKINS", 215}, {"PERRY", 214},
    {"RUSSELL", 214}, {"SULLIVAN", 212}, {"BELL", 211}, {"COLEMAN", 210}, {"BUTLER", 209}, {"HENDERSON", 209},
    {"BARNES", 208}, {"GONZALES", 205}, {"FISHER", 201}, {"VASQUEZ", 200}, {"SIMMONS", 199}, {"ROMERO", 198},
    {"JORDAN", 198}, {"PATTERSON", 198}, {"ALEXANDER", 197}, {"HAMILTON", 196}, {"GRAHAM", 195}, {"REYNOLDS", 195},
    {"GRIFFIN", 195}, {"WALLACE", 194}, {"MORENO", 193}, {"WEST", 192}, {"COLE", 191}, {"HAYES", 190},
    {"BRYANT", 189}, {"HERRERA", 189}, {"GIBSON", 187}, {"ELLIS", 186}, {"TRAN", 186}, {"MEDINA", 184},
    {"AGUILAR", 183}, {"STEVENS", 183}, {"MURRAY", 182}, {"FORD", 181}, {"CASTRO", 180}, {"MARSHALL", 179},
    {"OWENS", 178}, {"HARRISON", 178}, {"FERNANDEZ", 177}, {"MCDONALD", 176}, {"WOODS", 175}, {"WASHINGTON", 174},
    {"KENNEDY", 174}, {"WELLS", 174}, {"VARGAS", 173}, {"HENRY", 172}, {"CHEN", 172}, {"FREEMAN", 170},
    {"WEBB", 169}, {"TUCKER", 168}, {"GUZMAN", 167}, {"BURNS", 166}, {"CRAWFORD", 166}, {"OLSON", 166},
    {"SIMPSON", 165}, {"PORTER", 164}, {"HUNTER", 164}, {"GORDON", 163}, {"MENDEZ", 162}, {"SILVA", 162},
    {"SHAW", 161}, {"SNYDER", 160}, {"MASON", 159}, {"DIXON", 159}, {"MUNOZ", 158}, {"HUNT", 158},
    {"HICKS", 157}, {"HOLMES", 156}, {"PALMER", 155}, {"WAGNER", 154}, {"BLACK", 154}, {"ROBERTSON", 153},
    {"BOYD", 152}, {"ROSE", 151}, {"STONE", 151}, {"SALAZAR", 150}, {"FOX", 150}, {"WARREN", 149},
    {"MILLS", 149}, {"MEYER", 148}, {"RICE", 148}, {"SCHMIDT", 147}, {"GARZA", 147}, {"DANIELS", 146},
    {"FERGUSON", 145}, {"NICHOLS", 144}, {"STEPHENS", 144}, {"SOTO", 143}, {"WEAVER", 142}, {"RYAN", 142},
    {"GARDNER", 141}, {"PAYNE", 141}, {"GRANT", 140}, {"DUNN", 140}, {"KELLEY", 139}, {"SPENCER", 139},
    {"HAWKINS", 138}, {"ARNOLD", 138}, {"PIERCE", 137}, {"VAZQUEZ", 137}, {"HANSEN", 136}, {"PETERS", 136},
    {"SANTOS", 135}, {"HART", 135}, {"BRADLEY", 134}, {"KNIGHT", 134}, {"ELLIOTT", 133}, {"CUNNINGHAM", 133},
    {"DUNCAN", 132}, {"ARMSTRONG", 132}, {"HUDSON", 131}, {"CARROLL", 131}, {"LANE", 130}, {"RILEY", 130},
    {"ANDREWS", 129}, {"ALVARADO", 129}, {"RAY", 129}, {"DELGADO", 128}, {"BERRY", 128}, {"PERKINS", 127},
    {"HOFFMAN", 127}, {"JOHNSTON", 126}, {"MATTHEWS", 126}, {"PENA", 126}, {"RICHARDS", 125}, {"CONTRERAS", 125},
    {"WILLIS", 124}, {"CARPENTER", 124}, {"LAWRENCE", 123}, {"SANDOVAL", 123}, {"XIONG", 120}, {"VANG", 110},
    {"LARSON", 118}, {"SWANSON", 105}, {"CARLSON", 112}, {"LINDQUIST", 60}, {"HASSAN", 90}, {"MOHAMED", 95},
    {"ALI", 95}, {"ABDI", 70}, {"HER", 60}, {"LOR", 60}, {"YANG", 110}, {"OKAFOR", 30}, {"KOWALSKI", 50},
    {"NOWAK", 45}, {"OBRIEN", 80}, {"MACDONALD", 40}, {"SCHNEIDER", 70}, {"MUELLER", 60}, {"BECKER", 60},
    {"SCHULTZ", 70}, {"KLEIN", 65}, {"NOVAK", 40}, {"JOHANSSON", 30}, {"BERG", 45}, {"DAHL", 35}};
const int surnameCount = static_cast<int>(std::size(surnames));

const Weighted femaleNames[] = {
    {"OLIVIA", 170}, {"EMMA", 165}, {"CHARLOTTE", 130}, {"AMELIA", 125}, {"SOPHIA", 120}, {"AVA", 118},
    {"ISABELLA", 115}, {"MIA", 112}, {"EVELYN", 95}, {"HARPER", 90}, {"LUNA", 85}, {"CAMILA", 80},
    {"GIANNA", 75}, {"ELIZABETH", 74}, {"ELEANOR", 70}, {"ELLA", 69}, {"ABIGAIL", 68}, {"SOFIA", 67},
    {"AVERY", 66}, {"SCARLETT", 65}, {"EMILY", 64}, {"ARIA", 62}, {"PENELOPE", 61}, {"CHLOE", 60},
    {"LAYLA", 59}, {"MILA", 58}, {"NORA", 57}, {"HAZEL", 56}, {"MADISON", 55}, {"ELLIE", 54},
    {"LILY", 53}, {"NOVA", 52}, {"ISLA", 51}, {"GRACE", 50}, {"VIOLET", 49}, {"AURORA", 48},
    {"RILEY", 47}, {"ZOEY", 46}, {"WILLOW", 45}, {"EMILIA", 44}, {"HANNAH", 60}, {"SAMANTHA", 55},
    {"ASHLEY", 70}, {"JESSICA", 80}, {"JENNIFER", 90}, {"SARAH", 75}, {"AMANDA", 60}, {"MELISSA", 55},
    {"STEPHANIE", 50}, {"NICOLE", 55}, {"REBECCA", 40}, {"KATHERINE", 45}, {"MARGARET", 30}, {"MARIA", 70},
    {"ANA", 40}, {"GUADALUPE", 25}, {"ALEXANDRA", 35}, {"VICTORIA", 40}, {"NATALIE", 40}, {"MADELINE", 30},
    {"PATRICIA", 30}, {"SUSAN", 25}, {"DEBORAH", 20}, {"MICHELLE", 45}, {"CHRISTINA", 35}, {"ANGELA", 35},
    {"FATIMA", 25}, {"AMINA", 20}, {"MAI", 20}, {"PA", 12}, {"ISABEL", 30}, {"XIMENA", 20}, {"KAYLA", 35}};
const int femaleNameCount = static_cast<int>(std::size(femaleNames));

const Weighted maleNames[] = {
    {"LIAM", 180}, {"NOAH", 170}, {"OLIVER", 140}, {"JAMES", 130}, {"ELIJAH", 125}, {"WILLIAM", 120},
    {"HENRY", 115}, {"LUCAS", 112}, {"BENJAMIN", 110}, {"THEODORE", 100}, {"MATEO", 95}, {"LEVI", 90},
    {"SEBASTIAN", 88}, {"DANIEL", 86}, {"JACK", 85}, {"MICHAEL", 84}, {"ALEXANDER", 83}, {"OWEN", 80},
    {"ASHER", 78}, {"SAMUEL", 76}, {"ETHAN", 75}, {"LEO", 74}, {"JACKSON", 73}, {"MASON", 72},
    {"EZRA", 70}, {"JOHN", 69}, {"HUDSON", 66}, {"LUCA", 64}, {"AIDEN", 63}, {"JOSEPH", 62},
    {"DAVID", 61}, {"JACOB", 60}, {"LOGAN", 59}, {"LUKE", 58}, {"JULIAN", 57}, {"GABRIEL", 56},
    {"GRAYSON", 55}, {"WYATT", 54}, {"MATTHEW", 53}, {"MAVERICK", 52}, {"JONATHAN", 50}, {"CHRISTOPHER", 70},
    {"JOSHUA", 65}, {"ANDREW", 60}, {"RYAN", 50}, {"NICHOLAS", 50}, {"TYLER", 40}, {"ROBERT", 55},
    {"RICHARD", 35}, {"THOMAS", 45}, {"CHARLES", 40}, {"ANTHONY", 50}, {"STEVEN", 30}, {"KEVIN", 35},
    {"BRANDON", 40}, {"JUSTIN", 35}, {"ZACHARY", 30}, {"NATHANIEL", 30}, {"TIMOTHY", 25}, {"PATRICK", 25},
    {"JOSE", 60}, {"JUAN", 40}, {"CARLOS", 35}, {"LUIS", 35}, {"ALEJANDRO", 30}, {"FRANCISCO", 20},
    {"MOHAMED", 25}, {"ABDI", 15}, {"TOU", 12}, {"KOU", 12}, {"ISAIAH", 35}, {"CALEB", 40}, {"ELI", 30}};
const int maleNameCount = static_cast<int>(std::size(maleNames));

const Place places[] = {
    {"MINNEAPOLIS", "55401", "612", 30}, {"MINNEAPOLIS", "55404", "612", 40}, {"MINNEAPOLIS", "55407", "612", 45},
    {"MINNEAPOLIS", "55408", "612", 40}, {"MINNEAPOLIS", "55411", "612", 35}, {"MINNEAPOLIS", "55414", "612", 30},
    {"MINNEAPOLIS", "55417", "612", 30}, {"MINNEAPOLIS", "55418", "612", 30}, {"SAINT PAUL", "55101", "651", 20},
    {"SAINT PAUL", "55104", "651", 45}, {"SAINT PAUL", "55105", "651", 25}, {"SAINT PAUL", "55106", "651", 50},
    {"SAINT PAUL", "55116", "651", 25}, {"SAINT PAUL", "55119", "651", 40}, {"BLOOMINGTON", "55420", "952", 30},
    {"BLOOMINGTON", "55431", "952", 25}, {"ROCHESTER", "55901", "507", 40}, {"ROCHESTER", "55904", "507", 35},
    {"DULUTH", "55805", "218", 20}, {"DULUTH", "55811", "218", 25}, {"BROOKLYN PARK", "55443", "763", 40},
    {"PLYMOUTH", "55447", "763", 30}, {"MAPLE GROVE", "55369", "763", 40}, {"WOODBURY", "55125", "651", 45},
    {"EAGAN", "55122", "651", 30}, {"EDEN PRAIRIE", "55344", "952", 30}, {"COON RAPIDS", "55433", "763", 35},
    {"BURNSVILLE", "55337", "952", 40}, {"BLAINE", "55434", "763", 35}, {"LAKEVILLE", "55044", "952", 40},
    {"SAINT CLOUD", "56301", "320", 40}, {"MANKATO", "56001", "507", 30}, {"MOORHEAD", "56560", "218", 25},
    {"WINONA", "55987", "507", 20}, {"WILLMAR", "56201", "320", 15}, {"BEMIDJI", "56601", "218", 15},
    {"WORTHINGTON", "56187", "507", 12}, {"AUSTIN", "55912", "507", 18}, {"OWATONNA", "55060", "507", 18},
    {"HIBBING", "55746", "218", 12}};
const int placeCount = static_cast<int>(std::size(places));

const char *const streets[] = {
    "MAIN", "OAK", "MAPLE", "PARK", "PINE", "CEDAR", "ELM", "WASHINGTON", "LAKE", "HILL", "LINCOLN", "JEFFERSON",
    "CENTRAL", "RIVER", "SUMMIT", "GRAND", "UNIVERSITY", "SNELLING", "LYNDALE", "HENNEPIN", "NICOLLET", "CHICAGO",
    "PORTLAND", "CEDAR LAKE", "MINNEHAHA", "COMO", "RICE", "ARLINGTON", "LARPENTEUR", "FRANCE", "XERXES", "PENN",
    "GIRARD", "BRYANT", "COLFAX", "DUPONT", "EMERSON", "FREMONT", "HUMBOLDT", "IRVING", "JAMES", "KNOX", "LOGAN",
    "MORGAN", "NEWTON", "OLIVER", "BIRCH", "ASPEN", "WILLOW", "SPRUCE", "TAMARACK", "LILAC", "PRAIRIE", "MEADOW",
    "SUNSET", "HIGHLAND", "FOREST", "VALLEY", "RIDGE", "HARBOR"};
const int streetCount = static_cast<int>(std::size(streets));

const char *const streetTypes[] = {"ST", "AVE", "RD", "DR", "LN", "CT", "BLVD", "WAY", "PL", "TRL"};
const int streetTypeCount = static_cast<int>(std::size(streetTypes));

} // namespace izdesk::server::generatordata
