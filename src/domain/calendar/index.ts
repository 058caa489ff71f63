export * from './calendarYear';
export * from './calendarFile';
export * from './holidayCalendar';
export * from './bundled';
export * from './statutoryHolidays';
