/** The roles the CLI's options accept (Person.role in the store). */
export const ROLES = ['judge', 'assistant', 'clerk', 'team_lead', 'admin'] as const;
