DossierSearch.shard("cy", {"cyber":"0.6","cyberspace":"2.6","cycle":"2.6"});
