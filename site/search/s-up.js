DossierSearch.shard("up", {"upgrade":"2.6","upgraded":"4.6","upgrading":"2.6","upgrad~":"2.5,2.4"});
