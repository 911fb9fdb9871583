import type { EvaluateTestSuite } from 'promptfoo'

const providers: EvaluateTestSuite['providers'] = [
  // {
  //   id: 'openai:gpt-4',
  // },
  { id: 'openai:gpt-4o' }
]

export const suite: EvaluateTestSuite = { description: 'review prompts', prompts: [], providers }
