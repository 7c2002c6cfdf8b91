/*
 * The places the location finder knows, kept as compact tables because a maintained npm dataset small enough
 * for this was not found: city-timezones carries thousands of small towns whose names are also common words,
 * which would cost precision. Each row is `name|country|region|zone`, with extra names after the zone.
 * Regions are the codes date-holidays uses (US states, German Länder), since they only matter for holidays;
 * `place-data.test.ts` checks every zone against Intl and every country and region against date-holidays,
 * which is why places date-holidays does not know (Qatar) are left out: saving them would be refused.
 */

/** About a hundred of the cities that job postings name most, with their IANA zone. */
const CITY_ROWS = `New York|US|NY|America/New_York|New York City|NYC
Los Angeles|US|CA|America/Los_Angeles
Chicago|US|IL|America/Chicago
Houston|US|TX|America/Chicago
Phoenix|US|AZ|America/Phoenix
Philadelphia|US|PA|America/New_York
San Antonio|US|TX|America/Chicago
San Diego|US|CA|America/Los_Angeles
Dallas|US|TX|America/Chicago
San Jose|US|CA|America/Los_Angeles
Austin|US|TX|America/Chicago
San Francisco|US|CA|America/Los_Angeles
Seattle|US|WA|America/Los_Angeles
Denver|US|CO|America/Denver
Washington DC|US|DC|America/New_York|Washington D.C.
Boston|US|MA|America/New_York
Nashville|US|TN|America/Chicago
Detroit|US|MI|America/Detroit
Portland|US|OR|America/Los_Angeles
Las Vegas|US|NV|America/Los_Angeles
Atlanta|US|GA|America/New_York
Miami|US|FL|America/New_York
Minneapolis|US|MN|America/Chicago
Pittsburgh|US|PA|America/New_York
Salt Lake City|US|UT|America/Denver
Raleigh|US|NC|America/New_York
Charlotte|US|NC|America/New_York
Baltimore|US|MD|America/New_York
Toronto|CA|ON|America/Toronto
Montreal|CA|QC|America/Toronto|Montréal
Vancouver|CA|BC|America/Vancouver
Calgary|CA|AB|America/Edmonton
Ottawa|CA|ON|America/Toronto
Mexico City|MX||America/Mexico_City
São Paulo|BR||America/Sao_Paulo|Sao Paulo
Rio de Janeiro|BR||America/Sao_Paulo
Buenos Aires|AR||America/Argentina/Buenos_Aires
Bogotá|CO||America/Bogota|Bogota
Santiago de Chile|CL||America/Santiago
Lima|PE||America/Lima
London|GB||Europe/London
Manchester|GB||Europe/London
Birmingham|GB||Europe/London
Edinburgh|GB||Europe/London
Glasgow|GB||Europe/London
Bristol|GB||Europe/London
Leeds|GB||Europe/London
Dublin|IE||Europe/Dublin
Paris|FR||Europe/Paris
Lyon|FR||Europe/Paris
Berlin|DE|BE|Europe/Berlin
Munich|DE|BY|Europe/Berlin|München|Muenchen
Hamburg|DE|HH|Europe/Berlin
Frankfurt|DE|HE|Europe/Berlin|Frankfurt am Main
Cologne|DE|NW|Europe/Berlin|Köln|Koeln
Düsseldorf|DE|NW|Europe/Berlin|Dusseldorf|Duesseldorf
Stuttgart|DE|BW|Europe/Berlin
Leipzig|DE|SN|Europe/Berlin
Dresden|DE|SN|Europe/Berlin
Nuremberg|DE|BY|Europe/Berlin|Nürnberg
Amsterdam|NL||Europe/Amsterdam
Rotterdam|NL||Europe/Amsterdam
Brussels|BE||Europe/Brussels
Zurich|CH||Europe/Zurich|Zürich
Geneva|CH||Europe/Zurich
Vienna|AT||Europe/Vienna|Wien
Madrid|ES||Europe/Madrid
Barcelona|ES||Europe/Madrid
Lisbon|PT||Europe/Lisbon
Milan|IT||Europe/Rome|Milano
Rome|IT||Europe/Rome
Stockholm|SE||Europe/Stockholm
Copenhagen|DK||Europe/Copenhagen
Oslo|NO||Europe/Oslo
Helsinki|FI||Europe/Helsinki
Warsaw|PL||Europe/Warsaw
Krakow|PL||Europe/Warsaw|Kraków
Prague|CZ||Europe/Prague
Budapest|HU||Europe/Budapest
Bucharest|RO||Europe/Bucharest
Athens|GR||Europe/Athens
Istanbul|TR||Europe/Istanbul
Kyiv|UA||Europe/Kyiv|Kiev
Tel Aviv|IL||Asia/Jerusalem
Dubai|AE||Asia/Dubai
Abu Dhabi|AE||Asia/Dubai
Riyadh|SA||Asia/Riyadh
Cairo|EG||Africa/Cairo
Lagos|NG||Africa/Lagos
Nairobi|KE||Africa/Nairobi
Johannesburg|ZA||Africa/Johannesburg
Cape Town|ZA||Africa/Johannesburg
Mumbai|IN||Asia/Kolkata|Bombay
Bangalore|IN||Asia/Kolkata|Bengaluru
New Delhi|IN||Asia/Kolkata|Delhi
Hyderabad|IN||Asia/Kolkata
Chennai|IN||Asia/Kolkata
Pune|IN||Asia/Kolkata
Karachi|PK||Asia/Karachi
Singapore|SG||Asia/Singapore
Kuala Lumpur|MY||Asia/Kuala_Lumpur
Jakarta|ID||Asia/Jakarta
Bangkok|TH||Asia/Bangkok
Manila|PH||Asia/Manila
Ho Chi Minh City|VN||Asia/Ho_Chi_Minh
Hong Kong|HK||Asia/Hong_Kong
Shanghai|CN||Asia/Shanghai
Beijing|CN||Asia/Shanghai
Shenzhen|CN||Asia/Shanghai
Taipei|TW||Asia/Taipei
Seoul|KR||Asia/Seoul
Tokyo|JP||Asia/Tokyo
Osaka|JP||Asia/Tokyo
Sydney|AU|NSW|Australia/Sydney
Melbourne|AU|VIC|Australia/Melbourne
Brisbane|AU|QLD|Australia/Brisbane
Perth|AU|WA|Australia/Perth
Auckland|NZ||Pacific/Auckland
Wellington|NZ||Pacific/Auckland`;

/*
 * US states by code, name and zone. A state with two zones gets the zone most of its people live in:
 * Florida and Kentucky Eastern, Tennessee Central, Idaho Mountain (Boise), Oregon Pacific.
 */
const STATE_ROWS = `AL|Alabama|America/Chicago
AK|Alaska|America/Anchorage
AZ|Arizona|America/Phoenix
AR|Arkansas|America/Chicago
CA|California|America/Los_Angeles
CO|Colorado|America/Denver
CT|Connecticut|America/New_York
DE|Delaware|America/New_York
DC|District of Columbia|America/New_York
FL|Florida|America/New_York
GA|Georgia|America/New_York
HI|Hawaii|Pacific/Honolulu
ID|Idaho|America/Boise
IL|Illinois|America/Chicago
IN|Indiana|America/Indiana/Indianapolis
IA|Iowa|America/Chicago
KS|Kansas|America/Chicago
KY|Kentucky|America/New_York
LA|Louisiana|America/Chicago
ME|Maine|America/New_York
MD|Maryland|America/New_York
MA|Massachusetts|America/New_York
MI|Michigan|America/Detroit
MN|Minnesota|America/Chicago
MS|Mississippi|America/Chicago
MO|Missouri|America/Chicago
MT|Montana|America/Denver
NE|Nebraska|America/Chicago
NV|Nevada|America/Los_Angeles
NH|New Hampshire|America/New_York
NJ|New Jersey|America/New_York
NM|New Mexico|America/Denver
NY|New York|America/New_York
NC|North Carolina|America/New_York
ND|North Dakota|America/Chicago
OH|Ohio|America/New_York
OK|Oklahoma|America/Chicago
OR|Oregon|America/Los_Angeles
PA|Pennsylvania|America/New_York
RI|Rhode Island|America/New_York
SC|South Carolina|America/New_York
SD|South Dakota|America/Chicago
TN|Tennessee|America/Chicago
TX|Texas|America/Chicago
UT|Utah|America/Denver
VT|Vermont|America/New_York
VA|Virginia|America/New_York
WA|Washington|America/Los_Angeles
WV|West Virginia|America/New_York
WI|Wisconsin|America/Chicago
WY|Wyoming|America/Denver`;

/*
 * Countries by code and the names postings use. The zone is given only where the country keeps one zone,
 * so "Remote (US)" sets the country and leaves the zone for the user.
 */
const COUNTRY_ROWS = `US||United States|United States of America|USA|U.S.|U.S.A.|US
GB|Europe/London|United Kingdom|UK|U.K.|England|Scotland|Wales|Great Britain|GB
DE|Europe/Berlin|Germany|Deutschland|DE
FR|Europe/Paris|France
NL|Europe/Amsterdam|Netherlands|The Netherlands|Holland
IE|Europe/Dublin|Ireland
ES|Europe/Madrid|Spain
IT|Europe/Rome|Italy
PL|Europe/Warsaw|Poland
SE|Europe/Stockholm|Sweden
DK|Europe/Copenhagen|Denmark
NO|Europe/Oslo|Norway
FI|Europe/Helsinki|Finland
BE|Europe/Brussels|Belgium
CH|Europe/Zurich|Switzerland
AT|Europe/Vienna|Austria
CZ|Europe/Prague|Czech Republic|Czechia
HU|Europe/Budapest|Hungary
RO|Europe/Bucharest|Romania
GR|Europe/Athens|Greece
TR|Europe/Istanbul|Turkey|Türkiye
UA|Europe/Kyiv|Ukraine
IL|Asia/Jerusalem|Israel
AE|Asia/Dubai|United Arab Emirates|UAE
SA|Asia/Riyadh|Saudi Arabia
EG|Africa/Cairo|Egypt
NG|Africa/Lagos|Nigeria
KE|Africa/Nairobi|Kenya
ZA|Africa/Johannesburg|South Africa
IN|Asia/Kolkata|India
PK|Asia/Karachi|Pakistan
SG|Asia/Singapore|Singapore
MY|Asia/Kuala_Lumpur|Malaysia
ID||Indonesia
TH|Asia/Bangkok|Thailand
PH|Asia/Manila|Philippines
VN|Asia/Ho_Chi_Minh|Vietnam
HK|Asia/Hong_Kong|Hong Kong
CN|Asia/Shanghai|China
TW|Asia/Taipei|Taiwan
KR|Asia/Seoul|South Korea|Korea
JP|Asia/Tokyo|Japan
PT|Europe/Lisbon|Portugal
CA||Canada
MX||Mexico
BR||Brazil
AR|America/Argentina/Buenos_Aires|Argentina
CO|America/Bogota|Colombia
CL||Chile
PE|America/Lima|Peru
AU||Australia
NZ|Pacific/Auckland|New Zealand`;

export interface Place {
  country: string;
  region: string | null;
  timezone: string | null;
}

function rows(table: string): string[][] {
  return table.split('\n').map((row) => row.split('|'));
}

/** Cities by lower-cased name, every alias included. */
export const CITIES: ReadonlyMap<string, Place> = new Map(
  rows(CITY_ROWS).flatMap(([name = '', country = '', region = '', zone = '', ...aliases]) =>
    [name, ...aliases].map((n) => [n.toLowerCase(), { country, region: region || null, timezone: zone }]),
  ),
);

/** US states by lower-cased code and name. */
export const US_STATES: ReadonlyMap<string, Place> = new Map(
  rows(STATE_ROWS).flatMap(([code = '', name = '', zone = '']) => {
    const place = { country: 'US', region: code, timezone: zone };
    return [
      [code.toLowerCase(), place],
      [name.toLowerCase(), place],
    ];
  }),
);

/** Countries by lower-cased name or code; a code must be written in capitals to count (see `location.ts`). */
export const COUNTRIES: ReadonlyMap<string, Place> = new Map(
  rows(COUNTRY_ROWS).flatMap(([code = '', zone = '', ...names]) =>
    names.map((n) => [n.toLowerCase(), { country: code, region: null, timezone: zone || null }]),
  ),
);
