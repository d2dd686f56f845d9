/** The columns of each hand-curated table in geo/ (the build checks each header against these). */
export const PROVINCE_COLUMNS = ['iso', 'name', 'aliases', 'geonames_admin1', 'ne_id', 'capital', 'capital_aliases', 'capital_adjectives', 'capital_geonames', 'source'];
export const COUNTRY_COLUMNS = ['iso', 'numeric', 'name', 'aliases', 'adjectives', 'lon', 'lat', 'source'];
export const CROSSING_COLUMNS = ['id', 'name', 'aliases', 'lon', 'lat', 'province', 'district', 'neighbour', 'counterpart', 'source'];
export const ABROAD_COLUMNS = ['id', 'name', 'aliases', 'adjectives', 'country', 'lon', 'lat', 'role', 'source'];
export const REGION_COLUMNS = ['id', 'name', 'aliases', 'lon', 'lat', 'source'];
export const EXTRA_COLUMNS = ['id', 'name', 'type', 'aliases', 'lon', 'lat', 'province', 'district', 'role', 'source'];
export const DISTRICT_COLUMNS = ['admin2', 'name', 'aliases', 'lon', 'lat', 'source'];
