#!/bin/bash
export ip_address=$(hostname -I | awk '{print $1}')
export model="gpt-4o-mini-2024-07-18"
export temperature=0
export OPENAI_API_KEY=${OPENAI_API_KEY}
docker compose -f compose-openai.yaml up -d
