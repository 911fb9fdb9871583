// Package openai is a minimal client.
package openai

const (
	ModelGPT4o = "gpt-4o"
)

type ChatCompletionReq struct {
	Model    string        `json:"model"`
	Messages []ChatMessage `json:"messages"`
}

type ChatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

func SimpleReq(prompt string) ChatCompletionReq {
	return ChatCompletionReq{Model: ModelGPT4o, Messages: []ChatMessage{{Role: "user", Content: prompt}}}
}
