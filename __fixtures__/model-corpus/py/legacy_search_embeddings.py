import openai
from openai.embeddings_utils import cosine_similarity, get_embedding

DOC_ENGINE = "text-search-ada-doc-001"


def embed_documents(df):
    df["embedding"] = df.text.apply(lambda x: get_embedding(x, engine=DOC_ENGINE))
    return df


def search(df, query, n=3):
    q = get_embedding(query, engine="text-search-ada-query-001")
    df["similarity"] = df.embedding.apply(lambda x: cosine_similarity(x, q))
    return df.sort_values("similarity", ascending=False).head(n)
