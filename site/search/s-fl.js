DossierSearch.shard("fl", {"fledged":"4.6","flexing":"3.6","flourished":"4.6"});
