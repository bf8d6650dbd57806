DossierSearch.shard("fl", {"fledged":"1.6","fledg~":"1.6","flexing":"4.6","flex~":"4.6","flourished":"1.6","flourish~":"1.6"});
