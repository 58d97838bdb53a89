import { deadEndTests } from './dead-ends';

deadEndTests(4, 4);
