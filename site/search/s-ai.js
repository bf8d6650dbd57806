DossierSearch.shard("ai", {"aimed":"2.6,2.4","aim~":"2.6,2.4","air":"2.6","airports":"3.6","airport~":"3.6"});
