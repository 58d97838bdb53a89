import { deadEndTests } from './dead-ends';

deadEndTests(1, 4);
