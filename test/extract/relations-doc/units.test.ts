import { tripleTables, type TripleRow } from './triples.js';

// Military units and their service (units.ts), and a unit's member as a member of the service (relations.ts).
const found: TripleRow[] = [
  ['"unit, service" as an address', 'Peter Gorlan served in the Ashcombe Light Artillery, Grendish Army.', ['Ashcombe Light Artillery', 'PART_OF', 'Grendish Army']],
  ['another unit word', 'Peter Gorlan was a lieutenant in the Dunmore Rifles, Grendish Army.', ['Dunmore Rifles', 'PART_OF', 'Grendish Army']],
  ['the unit\'s member belongs to the service', 'Peter Gorlan was a member of the Ashcombe Light Artillery. The Ashcombe Light Artillery, Grendish Army, crossed the river in May.', ['Peter Gorlan', 'MEMBER_OF', 'Grendish Army']],
];
const absent: TripleRow[] = [
  // A comma after a unit that ends a list item: no service word on the other name.
  ['no service word', 'The Dunmore Rifles, Brask Motors and the city council signed the lease.', ['Dunmore Rifles', 'PART_OF', 'Brask Motors']],
];

tripleTables('military units', found, absent);
