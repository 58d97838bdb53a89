import { deadEndTests } from './dead-ends';

deadEndTests(2, 4);
