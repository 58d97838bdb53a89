import { deadEndTests } from './dead-ends';

deadEndTests(3, 4);
