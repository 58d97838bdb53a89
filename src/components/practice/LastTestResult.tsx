import { TestResultView } from './TestResults';
import { useRecord } from './useRecord';

/** A lesson's last テスト result from the training record (shown under its simulation). */
export default function LastTestResult({ scenarioId, heading }: { scenarioId: string; heading: string }) {
	const { record } = useRecord();
	const lesson = record.lessons[scenarioId];
	if (!lesson?.lastTest) return null;
	return <TestResultView lesson={lesson} heading={heading} headingLevel={2} />;
}
