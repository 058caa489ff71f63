// Stands in for the database drivers in Jest's unit project (jest.config.js): a unit test opens no store.
throw new Error('A unit test loaded a database driver: move it to the integration project (jest.config.js).');
