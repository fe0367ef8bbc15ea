/** How the pages word counts, ranks and reasons (dates: lib/dates.ts). */

/** "Data lead, Engineering": someone's job title and department, whichever they gave. */
export const roleLine = (p: { title: string; department: string }) =>
  p.department && p.title.toLowerCase().includes(p.department.toLowerCase())
    ? p.title // "Lead, Engineering" already names the department
    : [p.title, p.department].filter(Boolean).join(", ");
