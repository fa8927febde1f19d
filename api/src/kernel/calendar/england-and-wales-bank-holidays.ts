/**
 * Bank holidays in England and Wales, 2015 to 2035 inclusive, sorted. Shipped with the project so that working days
 * can be counted without the network.
 *
 * Worked out once, by a throwaway script, from the standing rules: New Year's Day, Good Friday, Easter Monday, the
 * first Monday in May (early May), the last Monday in May (spring), the last Monday in August (summer), Christmas Day
 * and Boxing Day; a fixed holiday that falls on a Saturday or Sunday is replaced by the next weekday that is not
 * already a holiday. Then the one-offs proclaimed so far:
 * - 2020: early May holiday moved from Monday 4 to Friday 8 May (75th anniversary of VE Day);
 * - 2022: spring holiday moved from Monday 30 May to Thursday 2 June, and Friday 3 June added (Platinum Jubilee);
 * - 2022: Monday 19 September added (State Funeral of Queen Elizabeth II);
 * - 2023: Monday 8 May added (Coronation of King Charles III).
 * The years 2018 to 2025 were checked against GOV.UK's published list (https://www.gov.uk/bank-holidays).
 *
 * Years after 2026 may yet get one-offs that had not been announced when this list was made (a jubilee, a state
 * funeral): add them here by hand. Until then a due date counted across one comes out a working day early, which errs
 * on the side of the child. To cover more years, add them and move BANK_HOLIDAY_DATA_ENDS.
 */
export const BANK_HOLIDAY_DATA_STARTS = "2015-01-01";
export const BANK_HOLIDAY_DATA_ENDS = "2035-12-31";

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  // 2015
  "2015-01-01", // New Year's Day
  "2015-04-03", // Good Friday
  "2015-04-06", // Easter Monday
  "2015-05-04", // Early May bank holiday
  "2015-05-25", // Spring bank holiday
  "2015-08-31", // Summer bank holiday
  "2015-12-25", // Christmas Day
  "2015-12-28", // Boxing Day (substitute day)
  // 2016
  "2016-01-01", // New Year's Day
  "2016-03-25", // Good Friday
  "2016-03-28", // Easter Monday
  "2016-05-02", // Early May bank holiday
  "2016-05-30", // Spring bank holiday
  "2016-08-29", // Summer bank holiday
  "2016-12-26", // Boxing Day
  "2016-12-27", // Christmas Day (substitute day)
  // 2017
  "2017-01-02", // New Year's Day (substitute day)
  "2017-04-14", // Good Friday
  "2017-04-17", // Easter Monday
  "2017-05-01", // Early May bank holiday
  "2017-05-29", // Spring bank holiday
  "2017-08-28", // Summer bank holiday
  "2017-12-25", // Christmas Day
  "2017-12-26", // Boxing Day
  // 2018
  "2018-01-01", // New Year's Day
  "2018-03-30", // Good Friday
  "2018-04-02", // Easter Monday
  "2018-05-07", // Early May bank holiday
  "2018-05-28", // Spring bank holiday
  "2018-08-27", // Summer bank holiday
  "2018-12-25", // Christmas Day
  "2018-12-26", // Boxing Day
  // 2019
  "2019-01-01", // New Year's Day
  "2019-04-19", // Good Friday
  "2019-04-22", // Easter Monday
  "2019-05-06", // Early May bank holiday
  "2019-05-27", // Spring bank holiday
  "2019-08-26", // Summer bank holiday
  "2019-12-25", // Christmas Day
  "2019-12-26", // Boxing Day
  // 2020
  "2020-01-01", // New Year's Day
  "2020-04-10", // Good Friday
  "2020-04-13", // Easter Monday
  "2020-05-08", // Early May bank holiday, moved to VE Day (one-off)
  "2020-05-25", // Spring bank holiday
  "2020-08-31", // Summer bank holiday
  "2020-12-25", // Christmas Day
  "2020-12-28", // Boxing Day (substitute day)
  // 2021
  "2021-01-01", // New Year's Day
  "2021-04-02", // Good Friday
  "2021-04-05", // Easter Monday
  "2021-05-03", // Early May bank holiday
  "2021-05-31", // Spring bank holiday
  "2021-08-30", // Summer bank holiday
  "2021-12-27", // Christmas Day (substitute day)
  "2021-12-28", // Boxing Day (substitute day)
  // 2022
  "2022-01-03", // New Year's Day (substitute day)
  "2022-04-15", // Good Friday
  "2022-04-18", // Easter Monday
  "2022-05-02", // Early May bank holiday
  "2022-06-02", // Spring bank holiday, moved for the Platinum Jubilee (one-off)
  "2022-06-03", // Platinum Jubilee bank holiday (one-off)
  "2022-08-29", // Summer bank holiday
  "2022-09-19", // State Funeral of Queen Elizabeth II (one-off)
  "2022-12-26", // Boxing Day
  "2022-12-27", // Christmas Day (substitute day)
  // 2023
  "2023-01-02", // New Year's Day (substitute day)
  "2023-04-07", // Good Friday
  "2023-04-10", // Easter Monday
  "2023-05-01", // Early May bank holiday
  "2023-05-08", // Coronation of King Charles III (one-off)
  "2023-05-29", // Spring bank holiday
  "2023-08-28", // Summer bank holiday
  "2023-12-25", // Christmas Day
  "2023-12-26", // Boxing Day
  // 2024
  "2024-01-01", // New Year's Day
  "2024-03-29", // Good Friday
  "2024-04-01", // Easter Monday
  "2024-05-06", // Early May bank holiday
  "2024-05-27", // Spring bank holiday
  "2024-08-26", // Summer bank holiday
  "2024-12-25", // Christmas Day
  "2024-12-26", // Boxing Day
  // 2025
  "2025-01-01", // New Year's Day
  "2025-04-18", // Good Friday
  "2025-04-21", // Easter Monday
  "2025-05-05", // Early May bank holiday
  "2025-05-26", // Spring bank holiday
  "2025-08-25", // Summer bank holiday
  "2025-12-25", // Christmas Day
  "2025-12-26", // Boxing Day
  // 2026
  "2026-01-01", // New Year's Day
  "2026-04-03", // Good Friday
  "2026-04-06", // Easter Monday
  "2026-05-04", // Early May bank holiday
  "2026-05-25", // Spring bank holiday
  "2026-08-31", // Summer bank holiday
  "2026-12-25", // Christmas Day
  "2026-12-28", // Boxing Day (substitute day)
  // 2027
  "2027-01-01", // New Year's Day
  "2027-03-26", // Good Friday
  "2027-03-29", // Easter Monday
  "2027-05-03", // Early May bank holiday
  "2027-05-31", // Spring bank holiday
  "2027-08-30", // Summer bank holiday
  "2027-12-27", // Christmas Day (substitute day)
  "2027-12-28", // Boxing Day (substitute day)
  // 2028
  "2028-01-03", // New Year's Day (substitute day)
  "2028-04-14", // Good Friday
  "2028-04-17", // Easter Monday
  "2028-05-01", // Early May bank holiday
  "2028-05-29", // Spring bank holiday
  "2028-08-28", // Summer bank holiday
  "2028-12-25", // Christmas Day
  "2028-12-26", // Boxing Day
  // 2029
  "2029-01-01", // New Year's Day
  "2029-03-30", // Good Friday
  "2029-04-02", // Easter Monday
  "2029-05-07", // Early May bank holiday
  "2029-05-28", // Spring bank holiday
  "2029-08-27", // Summer bank holiday
  "2029-12-25", // Christmas Day
  "2029-12-26", // Boxing Day
  // 2030
  "2030-01-01", // New Year's Day
  "2030-04-19", // Good Friday
  "2030-04-22", // Easter Monday
  "2030-05-06", // Early May bank holiday
  "2030-05-27", // Spring bank holiday
  "2030-08-26", // Summer bank holiday
  "2030-12-25", // Christmas Day
  "2030-12-26", // Boxing Day
  // 2031
  "2031-01-01", // New Year's Day
  "2031-04-11", // Good Friday
  "2031-04-14", // Easter Monday
  "2031-05-05", // Early May bank holiday
  "2031-05-26", // Spring bank holiday
  "2031-08-25", // Summer bank holiday
  "2031-12-25", // Christmas Day
  "2031-12-26", // Boxing Day
  // 2032
  "2032-01-01", // New Year's Day
  "2032-03-26", // Good Friday
  "2032-03-29", // Easter Monday
  "2032-05-03", // Early May bank holiday
  "2032-05-31", // Spring bank holiday
  "2032-08-30", // Summer bank holiday
  "2032-12-27", // Christmas Day (substitute day)
  "2032-12-28", // Boxing Day (substitute day)
  // 2033
  "2033-01-03", // New Year's Day (substitute day)
  "2033-04-15", // Good Friday
  "2033-04-18", // Easter Monday
  "2033-05-02", // Early May bank holiday
  "2033-05-30", // Spring bank holiday
  "2033-08-29", // Summer bank holiday
  "2033-12-26", // Boxing Day
  "2033-12-27", // Christmas Day (substitute day)
  // 2034
  "2034-01-02", // New Year's Day (substitute day)
  "2034-04-07", // Good Friday
  "2034-04-10", // Easter Monday
  "2034-05-01", // Early May bank holiday
  "2034-05-29", // Spring bank holiday
  "2034-08-28", // Summer bank holiday
  "2034-12-25", // Christmas Day
  "2034-12-26", // Boxing Day
  // 2035
  "2035-01-01", // New Year's Day
  "2035-03-23", // Good Friday
  "2035-03-26", // Easter Monday
  "2035-05-07", // Early May bank holiday
  "2035-05-28", // Spring bank holiday
  "2035-08-27", // Summer bank holiday
  "2035-12-25", // Christmas Day
  "2035-12-26", // Boxing Day
];
