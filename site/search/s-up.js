DossierSearch.shard("up", {"upgrade":"1.6","upgraded":"3.6","upgrading":"1.6"});
