DossierSearch.shard("ai", {"aimed":"1.6,2.4","air":"1.6","airports":"2.6"});
